import KomitmenApp
import KomitmenCore

/// One line of the chase list: a reminder to one contact, or a signatory to chase that lists no
/// contact; each with the plan of its quarter.
enum ChaseItem {
    case reminder(Reminder, ReminderPlan)
    case noContact(String, ReminderPlan)

    var plan: ReminderPlan {
        switch self {
        case .reminder(_, let plan), .noContact(_, let plan): plan
        }
    }

    /// A reminder as the page's links carry it: names and the review's comment cut (the form the
    /// message links to shows the whole comment), so one line stays a bounded size however long
    /// the repository's texts are.
    static func shortened(_ reminder: Reminder) -> Reminder {
        func cut(_ text: String, _ most: Int) -> String {
            text.unicodeScalars.count <= most ? text : String(text.unicodeScalars.prefix(most)) + "…"
        }
        var short = reminder
        short.signatoryName = cut(reminder.signatoryName, 200)
        short.contact.name = cut(reminder.contact.name, 100)
        short.sender = cut(reminder.sender, 200)
        if case .changesRequested(let comment, let by, let on) = reminder.reason {
            short.reason = .changesRequested(comment: comment.map { cut($0, 500) }, by: by.map { cut($0, 100) }, on: on)
        }
        return short
    }
}
