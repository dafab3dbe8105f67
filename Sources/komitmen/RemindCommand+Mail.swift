import ArgumentParser
import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenFiles

/// `remind --format eml` and `remind --sendmail`: the e-mail messages of a plan, to files or a program.
extension RemindCommand {
    /// Each reminder to a contact with an e-mail address, with the file name it gets.
    func mails(_ plan: ReminderPlan, _ workspace: Workspace) -> [(
        reminder: Reminder, name: String, message: MailMessage
    )] {
        let declaration = workspace.repository.declaration
        let sender = MailMessage.Address(name: declaration?.secretariat ?? "komitmen", email: from)
        let domain = MailMessage.messageIDDomain(baseURL: baseURL)
        let timeZone = declaration?.timeZone ?? Declaration.defaultTimeZone
        var counts: [String: Int] = [:]
        let now = Date()
        return plan.reminders.compactMap { reminder in
            counts[reminder.signatoryID, default: 0] += 1
            guard let message = reminder.mail(from: sender, domain: domain, date: now, timeZone: timeZone) else {
                return nil
            }
            return (reminder, reminder.emlName(index: counts[reminder.signatoryID] ?? 1), message)
        }
    }

    /// One .eml file per e-mail in `--output DIR`, each written whole (CRLF line ends, RFC 5322).
    func writeFiles(_ plan: ReminderPlan, workspace: Workspace) throws {
        guard let output else { return }
        if let problem = Self.prepareFolder(output) { try fail(problem) }
        var written = 0
        for mail in mails(plan, workspace) {
            let path = (output as NSString).appendingPathComponent(mail.name)
            if let problem = workspace.outputProblem(path) { try fail(problem.message) }
            do {
                try AtomicFile.write(try mail.message.rendered(), to: path, guarding: SignalGuard())
                written += 1
            } catch let error as AtomicFile.WriteFailed {
                try fail(
                    CLIWords.couldNotWrite(path, reason: error.reason))
            } catch let error as MailMessage.BadAddress {
                try fail(
                    CLIWords.notAMailHeader(error.address))
            }
        }
        print(
            CLIWords.messagesWritten(written, output: output).text(options.lang))
    }

    /// Pipes each e-mail to the command; one line per message; exit 1 when any failed.
    func deliver(_ plan: ReminderPlan, command: String, workspace: Workspace) throws {
        let lang = options.lang
        let pipe: MailPipe
        let words = (try? ShellWords.split(command).get()) ?? []
        switch MailPipe.make(
            words: words, searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            timeout: Double(sendmailTimeout))
        {
        case .success(let made): pipe = made
        case .failure(let problem): try fail(CLIWords.sendmailPrefix + problem.message)
        }
        // A program that exits without reading its message must not end komitmen with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        var failed = 0
        let all = mails(plan, workspace)
        for mail in all {
            let recipient = "\(mail.message.to.email) (\(mail.reminder.signatoryID))"
            let problem: Phrase?
            do {
                problem = pipe.send(try mail.message.rendered(lineEnding: "\n"))
            } catch {
                problem = CLIWords.addressNotAMailHeader
            }
            if let problem {
                failed += 1
                CommandSupport.printError(
                    CLIWords.failed(recipient).text(lang) + problem.text(lang))
            } else {
                print(CLIWords.sent(recipient).text(lang))
            }
        }
        noteSkipped(plan)
        print(
            CLIWords.messagesSent(all.count - failed, of: all.count).text(lang))
        if failed > 0 { throw ExitCode(1) }
    }

    /// Makes DIR when missing; refuses a link or a file there (nil when it is a usable folder).
    static func prepareFolder(_ path: String) -> Phrase? {
        var status = stat()
        if lstat(path, &status) != 0 {
            if mkdir(path, 0o777) == 0 { return nil }
            let reason = String(cString: strerror(errno))
            return CLIWords.couldNotMakeTheFolder(path, reason: reason)
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return nil
        case S_IFLNK:
            return CLIWords.folderIsALink(path)
        default: return CLIWords.notAFolder(path)
        }
    }

    func fail(_ message: Phrase) throws -> Never {
        CommandSupport.printError("komitmen: " + message.text(options.lang))
        throw ExitCode(1)
    }
}
