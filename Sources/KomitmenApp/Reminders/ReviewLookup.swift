import Foundation
import KomitmenCore
import KomitmenYAML

/// The secretariat's review of one report, as far as reminders need it.
public struct ReviewNote: Sendable, Equatable {
    public var changesRequested: Bool
    public var comment: String?
    public var by: String?
    public var on: CalendarDate?
}

/// Reads `reviews/<Q>/<signatory>.yaml` on its own. A stand-in until the core model reads reviews
/// with the rest of the repository (issue 12, "Review"): then `Workspace.reminders` should take
/// the review from `Repository` and this file goes. It reads only a regular file reached without
/// links, at most 64 KiB, and an unreadable or malformed review counts as none (validation is
/// where review files are judged).
enum ReviewLookup {
    static let maxBytes = 64 * 1024

    static func review(root: String, quarter: Quarter, signatory: String) -> ReviewNote? {
        let reviews = (root as NSString).appendingPathComponent("reviews")
        let folder = (reviews as NSString).appendingPathComponent("\(quarter)")
        let path = (folder as NSString).appendingPathComponent("\(signatory).yaml")
        for (place, kind) in [(reviews, S_IFDIR), (folder, S_IFDIR), (path, S_IFREG)] {
            var status = stat()
            guard lstat(place, &status) == 0, status.st_mode & S_IFMT == kind else { return nil }
        }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: maxBytes + 1)
        var count = 0
        while count < bytes.count {
            let result = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { break }
            count += result
        }
        guard count <= maxBytes else { return nil }
        let source = SourceText(path: path, bytes: Array(bytes.prefix(count)))
        guard let root = try? Composer(source: source, allowMultipleDocuments: false).composeAll().first else { return nil }
        let state = try? root["state"]?.text()
        guard let state else { return nil }
        return ReviewNote(changesRequested: state == "changes-requested",
                          comment: try? root["comment"]?.multilineText(),
                          by: try? root["by"]?.text(),
                          on: try? root["on"]?.date())
    }
}
