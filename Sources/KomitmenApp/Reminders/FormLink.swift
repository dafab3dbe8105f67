import Foundation
import KomitmenCore

/// The served form's address of a report, `<base>/reports/<quarter>/<signatory>`: what every
/// reminder points a clerk to (DESIGN.md: never a file path), and the check of the base address
/// that `remind --base-url` and `serve --base-url` share.
public enum FormLink {
    /// An `http://` or `https://` address with a host and nothing but printable ASCII (no spaces):
    /// it goes into messages and links as it is.
    public static func isBaseURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
            text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
        else { return false }
        return URLComponents(string: text)?.host?.isEmpty == false
    }

    /// `<base>/reports/<quarter>/<signatory>`, without a doubled slash.
    public static func form(base: String, quarter: Quarter, signatory: String) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        return "\(base)/reports/\(quarter)/\(signatory)"
    }
}
