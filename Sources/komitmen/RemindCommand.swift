import ArgumentParser
import Foundation
import KomitmenApp
import KomitmenCore

/// The formats of `remind`.
enum ReminderFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, eml, whatsapp
}

/// Messages to the contacts of every signatory that must still act on a quarter's report: due
/// soon, overdue, or sent back with changes requested.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Remind the contacts of signatories whose report is due soon, overdue, or has changes requested.",
        discussion: """
            One message per contact (signatories' contacts:) of every expected signatory whose report for the \
            quarter is not filed and due within --days-before days or overdue, or is filed with a review \
            (reviews/<Q>/<id>.yaml) asking for changes. A signatory that has filed gets nothing. Each message \
            is in the contact's language (else the signatory's). The default quarter is the latest whose due \
            date is on or before --as-of plus --days-before. --format eml writes one RFC 5322 file per \
            e-mail into --output DIR; --sendmail pipes each e-mail to a sendmail-compatible command (split into \
            words like a shell, never run by one; e.g. "msmtp -t") and lists what was sent and what failed \
            (exit 1 if any failed); --format whatsapp lists wa.me links for contacts with a phone.
            Pengingat untuk kontak penanda tangan yang laporannya segera jatuh tempo, terlambat, atau diminta \
            perbaikan; masing-masing dalam bahasa kontak.
            """)

    @OptionGroup var options: RepositoryOptions

    @Option(
        help: .quarter("The quarter (default: the latest due on or before --as-of plus --days-before)."),
        transform: Quarter.argument)
    var quarter: Quarter?

    @Option(
        name: .customLong("as-of"), help: .asOf("The date to remind as of (default: today)."),
        transform: CalendarDate.argument)
    var asOf: CalendarDate?

    @Option(
        name: .customLong("days-before"),
        help: ArgumentHelp("Remind of a report due within this many days (0–366).", valueName: "n"))
    var daysBefore: Int = 7

    @Option(help: "Output format (eml needs --output DIR).")
    var format: ReminderFormat = .text

    @Option(
        help: ArgumentHelp(
            "The folder --format eml writes its .eml files into (made when missing; never through a link).",
            valueName: "DIR"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Pipe each e-mail to this sendmail-compatible command, e.g. \"msmtp -t\".", valueName: "COMMAND"))
    var sendmail: String?

    @Option(
        name: .customLong("sendmail-timeout"),
        help: ArgumentHelp("Seconds each --sendmail run may take (1–600).", valueName: "s"))
    var sendmailTimeout: Int = 30

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "The served intake's address: messages link to <URL>/reports/<quarter>/<signatory>.", valueName: "URL"))
    var baseURL: String?

    @Option(
        help: ArgumentHelp(
            "The sender's address (default: noreply@komitmen.invalid, named after the declaration's secretariat).",
            valueName: "ADDRESS"))
    var from: String = "noreply@komitmen.invalid"

    func validate() throws {
        let lang = options.lang
        if let problem = ArgumentRange.problem(quarter: quarter) ?? ArgumentRange.problem(asOf: asOf) {
            throw ValidationError(problem.text(lang))
        }
        guard (0...366).contains(daysBefore) else {
            throw ValidationError(
                CLIWords.daysBeforeOutOfRange(daysBefore).text(lang))
        }
        guard (1...600).contains(sendmailTimeout) else {
            throw ValidationError(
                CLIWords.timeoutOutOfRange.text(lang))
        }
        if format == .eml, output == nil, sendmail == nil {
            throw ValidationError(
                CLIWords.emlNeedsOutput.text(lang))
        }
        if output != nil, format != .eml {
            throw ValidationError(
                CLIWords.outputIsForEml.text(lang))
        }
        if let baseURL, !FormLink.isBaseURL(baseURL) {
            throw ValidationError(
                CLIWords.invalidBaseURL(baseURL).text(lang))
        }
        guard ContactAddress.isEmail(from) else {
            throw ValidationError(
                CLIWords.invalidFrom(from).text(lang))
        }
        if let sendmail, case .failure(let problem) = ShellWords.split(sendmail) {
            throw ValidationError("--sendmail: " + problem.message.text(lang))
        }
    }

    func run() throws {
        let workspace = options.load()
        var plan: ReminderPlan
        switch workspace.reminders(quarter: quarter, asOf: asOf, daysBefore: daysBefore, baseURL: baseURL) {
        case .success(let made): plan = made
        case .failure(let failure):
            if case .repositoryHasErrors(let validation) = failure {
                CommandSupport.printDiagnostics(validation, options)
            }
            CommandSupport.printError("komitmen: " + failure.message.text(options.lang))
            throw ExitCode(1)
        }
        // Each message is in its contact's language; the pseudo-language, a translators' check,
        // marks them all.
        if options.lang == .qps {
            for index in plan.reminders.indices { plan.reminders[index].language = .qps }
        }
        if let sendmail {
            try deliver(plan, command: sendmail, workspace: workspace)
            return
        }
        switch format {
        case .text: FileHandle.standardOutput.write(Data(plan.text(options.lang).utf8))
        case .json: FileHandle.standardOutput.write(Data((plan.json.serialized() + "\n").utf8))
        case .whatsapp: FileHandle.standardOutput.write(Data(plan.whatsappLines.utf8))
        case .eml: try writeFiles(plan, workspace: workspace)
        }
        noteSkipped(plan)
    }

    /// Contacts the chosen output cannot reach, and signatories without contacts, on standard error.
    func noteSkipped(_ plan: ReminderPlan) {
        let skipped: [Reminder] =
            switch format {
            case .eml: plan.reminders.filter { $0.contact.email == nil }
            case .whatsapp: plan.reminders.filter { $0.contact.phone == nil }
            default: sendmail == nil ? [] : plan.reminders.filter { $0.contact.email == nil }
            }
        let lang = options.lang
        for reminder in skipped {
            let name = "\(reminder.contact.name) (\(reminder.signatoryID))"
            CommandSupport.printError(
                format == .whatsapp
                    ? CLIWords.noPhone(name).text(
                        lang)
                    : CLIWords.noEmail(name).text(lang))
        }
        if format != .text, !plan.withoutContacts.isEmpty {
            CommandSupport.printError(
                CLIWords.noContactListedFor.text(lang)
                    + plan.withoutContacts.joined(separator: ", "))
        }
    }
}
