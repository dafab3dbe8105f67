import KomitmenCore
import KomitmenYAML

extension Workspace {
    /// Everything still open as of `asOf` (default: today), one plan per quarter that has
    /// something, newest first: for each expected quarter from the declaration's first up to the
    /// one `remind` would choose, and any later one whose report had changes requested by then
    /// (a report filed early and sent back), every signatory `reminders(quarter:)` would chase.
    /// The secretariat's chase list: an overdue quarter is not forgotten once the next one falls
    /// due. Fails as `reminders` does, and with `nothingDue` only when no quarter is due and no
    /// change was requested.
    public func openReminders(
        asOf: CalendarDate? = nil, daysBefore: Int = 7, baseURL: String? = nil
    ) -> Result<[ReminderPlan], ReminderFailure> {
        let validation = validate()
        guard !validation.hasErrors else { return .failure(.repositoryHasErrors(validation)) }
        guard let declaration = repository.declaration else { return .failure(.noDeclaration) }
        let date = asOf ?? today
        let due = reminderQuarter(asOf: date, daysBefore: daysBefore)
        let sentBack = repository.reviews.filter { $0.state == .changesRequested && $0.on <= date }.map(\.period).max()
        let last: Quarter
        switch (due, sentBack) {
        case (.success(let quarter), let sent): last = max(quarter, sent ?? quarter)
        case (.failure, .some(let sent)): last = sent
        case (.failure(let failure), nil): return .failure(failure)
        }
        guard let engine = try? SummaryEngine(repository: repository, registry: registry, asOf: date) else {
            return .failure(.noDeclaration)
        }
        var plans: [ReminderPlan] = []
        var quarter = last
        // Newest first; quarters before the first are never expected.
        while quarter >= declaration.firstQuarter {
            let made = plan(
                quarter, asOf: date, daysBefore: daysBefore, baseURL: baseURL, declaration: declaration, engine: engine)
            if !made.reminders.isEmpty || !made.withoutContacts.isEmpty { plans.append(made) }
            quarter = quarter.previous
        }
        return .success(plans)
    }
}
