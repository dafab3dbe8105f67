import Foundation
import KomitmenCore
import KomitmenYAML

/// Whether a report is locked by its review (`reviews/<quarter>/<signatory>.yaml` with
/// `state: approved`), read from the file itself, the record, so a review made by hand locks too.
/// The file is written by the app layer's review draft (`Workspace.reviewDraft`).
enum ReviewLock {
    static func relativePath(_ quarter: Quarter, _ signatory: String) -> String {
        "reviews/\(quarter)/\(signatory).yaml"
    }

    /// Whether the report's review (if any) approves it. A review file that cannot be read as a
    /// mapping with `state: approved` does not lock.
    static func isApproved(root: String, _ quarter: Quarter, _ signatory: String) -> Bool {
        guard case .bytes(let bytes) = RootFile.read(root: root, relativePath(quarter, signatory), limit: 1 << 20),
            let document = try? YAMLDocument.parse(SourceText(path: relativePath(quarter, signatory), bytes: bytes))
        else { return false }
        return document.root?["state"]?.scalar?.value == ReviewState.approved.rawValue
    }

    /// What the pages show of a report's review: its state and comment; nil when there is none
    /// or it cannot be read (validation is where review files are judged).
    static func note(root: String, _ quarter: Quarter, _ signatory: String) -> (state: ReviewState, comment: String?)? {
        guard case .bytes(let bytes) = RootFile.read(root: root, relativePath(quarter, signatory), limit: 64 * 1024),
            let document = try? YAMLDocument.parse(SourceText(path: relativePath(quarter, signatory), bytes: bytes)),
            let state = document.root?["state"]?.scalar.flatMap({ ReviewState(rawValue: $0.value) })
        else { return nil }
        return (state, document.root?["comment"]?.scalar?.value)
    }
}
