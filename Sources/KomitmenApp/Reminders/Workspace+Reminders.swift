import KomitmenCore
import KomitmenYAML

extension Workspace {
    /// The quarter `remind` chases by default: the latest whose due date is on or before
    /// `asOf + daysBefore` (due, or becoming due within the window), never before the first.
    public func reminderQuarter(asOf: CalendarDate, daysBefore: Int) -> Result<Quarter, ReminderFailure> {
        guard let declaration = repository.declaration else { return .failure(.noDeclaration) }
        let horizon = asOf.adding(days: daysBefore)
        let first = declaration.firstQuarter
        var quarter = Quarter(containing: horizon)
        // At most a few steps for due_days up to 366; stops at the first quarter.
        while quarter > first && declaration.dueDate(quarter) > horizon { quarter = quarter.previous }
        guard declaration.dueDate(quarter) <= horizon, quarter >= first else {
            return .failure(.nothingDue(first: first, due: declaration.dueDate(first)))
        }
        return .success(quarter)
    }

    /// Who to remind of `quarter` (default: `reminderQuarter`) as of `asOf` (default: today):
    /// every expected signatory whose report is not present and is due within `daysBefore` days
    /// or overdue, or is present with changes requested; one reminder per contact. A repository
    /// with errors is refused: a half-read one would chase signatories that filed.
    public func reminders(
        quarter: Quarter? = nil, asOf: CalendarDate? = nil, daysBefore: Int = 7,
        baseURL: String? = nil
    ) -> Result<ReminderPlan, ReminderFailure> {
        let validation = validate()
        guard !validation.hasErrors else { return .failure(.repositoryHasErrors(validation)) }
        guard let declaration = repository.declaration else { return .failure(.noDeclaration) }
        let date = asOf ?? today
        let chosen: Quarter
        if let quarter {
            chosen = quarter
        } else {
            switch reminderQuarter(asOf: date, daysBefore: daysBefore) {
            case .success(let found): chosen = found
            case .failure(let failure): return .failure(failure)
            }
        }
        guard let engine = try? SummaryEngine(repository: repository, registry: registry, asOf: date) else {
            return .failure(.noDeclaration)
        }
        return .success(
            plan(chosen, asOf: date, daysBefore: daysBefore, baseURL: baseURL, declaration: declaration, engine: engine)
        )
    }

    /// The plan of one quarter, from an engine made as of `asOf`.
    func plan(
        _ quarter: Quarter, asOf: CalendarDate, daysBefore: Int, baseURL: String?, declaration: Declaration,
        engine: SummaryEngine
    ) -> ReminderPlan {
        let due = declaration.dueDate(quarter)
        var reminders: [Reminder] = []
        var withoutContacts: [String] = []
        for signatory in repository.signatories {
            guard let reason = reason(signatory, quarter, due: due, asOf: asOf, daysBefore: daysBefore, engine: engine)
            else { continue }
            if signatory.contacts.isEmpty { withoutContacts.append(signatory.id) }
            for contact in signatory.contacts {
                reminders.append(
                    Reminder(
                        signatoryID: signatory.id, signatoryName: signatory.name, contact: contact,
                        language: contact.language ?? signatory.language, quarter: quarter, dueDate: due,
                        reason: reason,
                        link: baseURL.map { FormLink.form(base: $0, quarter: quarter, signatory: signatory.id) },
                        sender: declaration.secretariat ?? declaration.id))
            }
        }
        return ReminderPlan(
            quarter: quarter, asOf: asOf, dueDate: due, daysBefore: daysBefore,
            reminders: reminders, withoutContacts: withoutContacts)
    }

    /// Why `signatory` is chased for `quarter`, or nil when it is not.
    private func reason(
        _ signatory: Signatory, _ quarter: Quarter, due: CalendarDate, asOf: CalendarDate,
        daysBefore: Int, engine: SummaryEngine
    ) -> Reminder.Reason? {
        switch engine.filing(signatory, quarter, asOf: asOf).state {
        case .notExpected:
            return nil
        case .missing:
            return .overdue(days: asOf.dayNumber - due.dayNumber)
        case .notDue:
            let days = due.dayNumber - asOf.dayNumber
            return days <= daysBefore ? .dueSoon(days: days) : nil
        case .onTime, .late:
            // A review dated after the as-of date was not known then (as in the summary).
            guard let review = repository.review(signatory.id, quarter),
                review.state == .changesRequested, review.on <= asOf
            else { return nil }
            return .changesRequested(comment: review.comment, by: review.by, on: review.on)
        }
    }
}
