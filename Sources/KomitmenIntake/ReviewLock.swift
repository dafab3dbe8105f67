import Foundation
import KomitmenCore

/// Whether a report is locked by its review (`reviews/<quarter>/<signatory>.yaml` with
/// `state: approved`), read from the file itself, the record, so a review made by hand locks too.
/// The file is written by the app layer's review draft (`Workspace.reviewDraft`) and read by the
/// loader's rules (`Review.read`).
public enum ReviewLock {
    public static func relativePath(_ quarter: Quarter, _ signatory: String) -> String {
        "reviews/\(quarter)/\(signatory).yaml"
    }

    /// Whether the report's review (if any) approves it. A review file that cannot be read as a
    /// review (`validate` names its errors) does not lock.
    public static func isApproved(root: String, _ quarter: Quarter, _ signatory: String) -> Bool {
        review(root: root, quarter, signatory, limit: 1 << 20)?.state == .approved
    }

    /// What the pages show of a report's review: its state and comment; nil when there is none
    /// or it cannot be read (validation is where review files are judged).
    public static func note(root: String, _ quarter: Quarter, _ signatory: String)
        -> (state: ReviewState, comment: String?)?
    {
        review(root: root, quarter, signatory, limit: 64 * 1024).map { ($0.state, $0.comment) }
    }

    static func review(root: String, _ quarter: Quarter, _ signatory: String, limit: Int) -> Review? {
        let path = relativePath(quarter, signatory)
        guard case .bytes(let bytes) = RootFile.read(root: root, path, limit: limit) else { return nil }
        return Review.read(bytes, path: path, signatory: signatory, quarter: quarter)
    }
}
