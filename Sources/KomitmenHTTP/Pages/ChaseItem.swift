import KomitmenApp

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
}
