import KomitmenCore
import KomitmenYAML

/// The words of a reminder, in its language: short, and saying exactly what is due by when (or
/// what was asked), with the form's link when there is one and else which report, never a file.
extension Reminder {
    private func text(_ phrase: Phrase) -> String { phrase.text(language) }

    public var subject: String {
        let due = language.longDate(dueDate)
        return switch reason {
        case .dueSoon:
            text(
                AppWords.reminderSubject(quarter, signatoryName: signatoryName, due: due))
        case .overdue:
            text(
                AppWords.overdueSubject(quarter, signatoryName: signatoryName, due: due))
        case .changesRequested:
            text(
                AppWords.changesRequestedSubject(quarter, signatoryName: signatoryName))
        }
    }

    /// The message body, lines joined with `\n`, ending with a line break.
    public var body: String {
        let due = language.longDate(dueDate)
        var lines = [text(AppWords.dear(contact.name)), ""]
        switch reason {
        case .dueSoon(let days):
            let when =
                days == 0
                ? text(AppWords.today)
                : text(AppWords.inDays(days))
            lines.append(
                text(
                    AppWords.isDueOn(quarter, signatoryName: signatoryName, due: due, when: when)))
        case .overdue(let days):
            lines.append(
                text(
                    AppWords.wasDueOn(quarter, signatoryName: signatoryName, due: due, days: days)))
        case .changesRequested(let comment, let by, let on):
            let reviewer = by ?? sender
            let dated =
                on.map {
                    " " + text(AppWords.on($0))
                }
                ?? ""
            lines.append(
                text(
                    AppWords.askedForChanges(reviewer, dated: dated, quarter: quarter, signatoryName: signatoryName)))
            lines.append("")
            let asked =
                (comment?.isEmpty == false ? comment! : text(AppWords.noCommentGiven))
            lines += asked.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            lines.append("")
            lines.append(
                text(
                    AppWords.pleaseCorrect))
        }
        lines.append("")
        if let link {
            lines.append(text(AppWords.theForm(link)))
        } else {
            // Without the form's address, which report: never a file path, which only git users
            // could follow (DESIGN.md, "Served intake").
            lines.append(text(AppWords.theReport(quarter, signatoryName: signatoryName, signatoryID: signatoryID)))
        }
        lines += ["", text(AppWords.regards), sender]
        return lines.joined(separator: "\n") + "\n"
    }
}
