import KomitmenCore
import KomitmenYAML

/// One message to one contact of a signatory that must act on a quarter's report.
public struct Reminder: Sendable, Equatable {
    /// Why the signatory is written to.
    public enum Reason: Sendable, Equatable {
        /// Not filed; due in `days` days (0: today).
        case dueSoon(days: Int)
        /// Not filed and past its due date by `days` days.
        case overdue(days: Int)
        /// Filed, and the secretariat asked for changes.
        case changesRequested(comment: String?, by: String?, on: CalendarDate?)

        /// `due-soon`, `overdue` or `changes-requested`, for JSON.
        public var code: String {
            switch self {
            case .dueSoon: "due-soon"
            case .overdue: "overdue"
            case .changesRequested: "changes-requested"
            }
        }

        /// The reason as a person reads it: "overdue by 12 days".
        public var label: Phrase {
            switch self {
            case .dueSoon(let days): AppWords.dueIn(days)
            case .overdue(let days): AppWords.overdueBy(days)
            case .changesRequested: AppWords.changesRequested
            }
        }
    }

    public var signatoryID: String
    public var signatoryName: String
    public var contact: Contact
    /// The contact's language, else the signatory's.
    public var language: Language
    public var quarter: Quarter
    public var dueDate: CalendarDate
    public var reason: Reason
    /// `<base-url>/reports/<quarter>/<signatory>` when a base URL was given.
    public var link: String?
    /// Who sends it: the declaration's secretariat.
    public var sender: String
}

/// Everything `komitmen remind` would send for one quarter as of one date.
public struct ReminderPlan: Sendable {
    public var quarter: Quarter
    public var asOf: CalendarDate
    public var dueDate: CalendarDate
    public var daysBefore: Int
    /// One per contact of every signatory to chase, by signatory id then contact order.
    public var reminders: [Reminder]
    /// Signatories to chase that list no contact: the secretariat must reach them another way.
    public var withoutContacts: [String]
}

/// Why `remind` made no plan.
public enum ReminderFailure: Error, Sendable {
    case repositoryHasErrors(Validation)
    /// No quarter is due or becoming due within the window yet.
    case nothingDue(first: Quarter, due: CalendarDate)
    case noDeclaration

    public var message: Phrase {
        switch self {
        case .repositoryHasErrors:
            AppWords.repositoryHasErrors
        case .nothingDue(let first, let due):
            AppWords.noReportDueYet(first, due: due)
        case .noDeclaration:
            AppWords.noUsableDeclaration
        }
    }
}

/// Why a `--sendmail` command cannot be used, or a message was not delivered, in words.
public struct MailProblem: Error, Sendable {
    public var message: Phrase
    public init(_ message: Phrase) { self.message = message }
}
