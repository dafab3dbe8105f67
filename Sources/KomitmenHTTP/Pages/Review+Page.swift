import Foundation
import KomitmenCore
import KomitmenYAML

extension Review {
    /// What the pages show of a report's review: its state and comment, read from
    /// `reviews/<Q>/<id>.yaml` (never through a link, at most 64 KiB); nil when there is none
    /// or it cannot be read (validation is where review files are judged).
    static func note(root: String, _ quarter: Quarter, _ signatory: String) -> (state: State, comment: String?)? {
        guard case .bytes(let bytes) = RootFile.read(root: root, relativePath(quarter, signatory), limit: 64 * 1024),
              let document = try? YAMLDocument.parse(SourceText(path: relativePath(quarter, signatory), bytes: bytes)),
              let state = document.root?["state"]?.scalar.flatMap({ State(rawValue: $0.value) }) else { return nil }
        return (state, document.root?["comment"]?.scalar?.value)
    }
}
