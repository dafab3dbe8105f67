import Foundation
import KomitmenCore
import KomitmenFiles
import KomitmenYAML

/// A review ready to be written: the file's place and its text.
public struct ReviewDraft: Sendable, Equatable {
    public var review: Review
    /// `ROOT/reviews/YYYY-Qn/<signatory>.yaml`.
    public var path: String
    public var text: String
}

extension Workspace {
    /// The review of `signatory`'s report for `quarter`, dated today in the declaration's time
    /// zone, after the checks `validate` makes of a review file: a known signatory, a report that
    /// reads cleanly, a date not before its `submitted`, a comment to request changes, text that is
    /// text. `by` defaults to the declaration's secretariat. The CLI's `review` and the server's
    /// review route both write through here.
    public func reviewDraft(
        signatory id: String, quarter: Quarter, state: ReviewState, comment: String?,
        by: String? = nil
    ) -> Result<ReviewDraft, ReviewFailure> {
        guard let declaration = repository.declaration else { return .failure(.declarationHasErrors(validate())) }
        guard repository.signatory(id) != nil else {
            let match = Suggestion.closest(to: id, in: repository.signatories.map(\.id))
            return .failure(.unknownSignatory(id, suggestion: match, validate()))
        }
        guard let report = repository.reports.first(where: { $0.signatory == id && $0.period == quarter }) else {
            let reportPath = path(in: "reports", quarter: quarter, signatory: id)
            var status = stat()
            if lstat(reportPath, &status) == 0 {
                return .failure(.reportHasErrors(signatory: id, quarter: quarter, validate()))
            }
            return .failure(.reportMissing(signatory: id, quarter: quarter))
        }
        let today = self.today
        guard today >= report.submitted else {
            return .failure(.beforeSubmitted(today: today, submitted: report.submitted))
        }
        let by = by ?? declaration.secretariat ?? "Sekretariat"
        if let problem = Self.textProblem(by, field: "by", multiline: false) { return .failure(problem) }
        var comment = comment
        if let text = comment {
            if let problem = Self.textProblem(text, field: "comment", multiline: true) { return .failure(problem) }
            if text.allSatisfy(\.isWhitespace) { comment = nil }
        }
        guard state != .changesRequested || comment != nil else { return .failure(.commentRequired) }
        guard state != .received else { return .failure(.notWritten) }
        let path = path(in: "reviews", quarter: quarter, signatory: id)
        let review = Review(
            signatory: id, period: quarter, state: state, by: by, on: today, comment: comment, file: path)
        return .success(ReviewDraft(review: review, path: path, text: Self.yaml(review)))
    }

    /// Writes a review into the repository: `reviews/` and its quarter folder made when missing
    /// (never through a link, never over a file), the review replaced whole or not at all, never
    /// through a link or over anything but a regular file. Returns the path written.
    public func writeReview(_ draft: ReviewDraft, guarding: (any TemporaryFileGuarding)? = nil) -> Result<
        String, ReviewFailure
    > {
        let reviews = (repository.root as NSString).appendingPathComponent("reviews")
        let folder = (reviews as NSString).appendingPathComponent("\(draft.review.period)")
        for place in [reviews, folder] {
            if let problem = ReportFolder.prepare(place) { return .failure(.folder(problem)) }
        }
        do {
            try AtomicFile.write(Array(draft.text.utf8), to: draft.path, replacing: true, guarding: guarding)
            return .success(draft.path)
        } catch let error as AtomicFile.WriteFailed {
            return .failure(.writeFailed(draft.path, error.reason))
        } catch {
            return .failure(.writeFailed(draft.path, Phrase(verbatim: error.localizedDescription)))
        }
    }

    private func path(in tree: String, quarter: Quarter, signatory: String) -> String {
        let folder = ((repository.root as NSString).appendingPathComponent(tree) as NSString).appendingPathComponent(
            "\(quarter)")
        return (folder as NSString).appendingPathComponent("\(signatory).yaml")
    }

    private static func textProblem(_ text: String, field: String, multiline: Bool) -> ReviewFailure? {
        if text.allSatisfy(\.isWhitespace) && field == "by" { return .emptyText(field: field) }
        guard let finding = TextSafety.firstProblem(in: text, multiline: multiline) else { return nil }
        let name = TextSafety.name(of: finding.scalar)
        let reason =
            switch finding.kind {
            case .control:
                AppWords.controlCharacter(name)
            case .bidi:
                AppWords.bidiControl(name)
            case .lineBreak:
                AppWords.lineBreak(name)
            }
        return .unsafeText(field: field, reason)
    }

    /// The review file's text. Text fields are double-quoted with YAML's escapes, so no name or
    /// comment can end the scalar early or be read as anything but text.
    static func yaml(_ review: Review) -> String {
        var text = "state: \(review.state.rawValue)\nby: \(YAMLQuoting.doubleQuoted(review.by))\non: \(review.on)\n"
        if let comment = review.comment { text += "comment: \(YAMLQuoting.doubleQuoted(comment))\n" }
        return text
    }

}
