import Foundation
import KomitmenCore
import KomitmenYAML

/// One RFC 5322 message, text/plain in UTF-8. Every header is built from checked parts: addresses
/// must have the plain shape `ContactAddress.isEmail` accepts and any text that is not printable
/// ASCII is RFC 2047-encoded, so no value can end a header line or add one (header injection).
public struct MailMessage: Sendable {
    public struct Address: Sendable {
        public var name: String
        public var email: String
        public init(name: String, email: String) {
            self.name = name
            self.email = email
        }
    }

    /// An address that could not go into a header.
    public struct BadAddress: Error, Sendable {
        public var address: String
    }

    public var from: Address
    public var to: Address
    public var subject: String
    public var body: String
    public var date: Date
    public var timeZone: TimeZone
    /// `<unique@domain>`.
    public var messageID: String

    public init(
        from: Address, to: Address, subject: String, body: String, date: Date, timeZone: TimeZone,
        domain: String
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.timeZone = timeZone
        messageID = "<komitmen.\(UUID().uuidString.lowercased())@\(domain)>"
    }

    /// The host of a base URL when it is a plain domain name, else `komitmen.invalid` (RFC 2606).
    public static func messageIDDomain(baseURL: String?) -> String {
        guard let baseURL, let host = URLComponents(string: baseURL)?.host, ContactAddress.isEmail("x@" + host) else {
            return "komitmen.invalid"
        }
        return host.lowercased()
    }

    /// `Tue, 20 Oct 2026 09:05:00 +0800` (RFC 5322 section 3.3).
    public static func rfc5322Date(_ date: Date, _ timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }

    /// The whole message with `lineEnding` (`\r\n` for files and SMTP, `\n` for a sendmail pipe).
    public func rendered(lineEnding: String = "\r\n") throws(BadAddress) -> [UInt8] {
        let (bodyText, encoding) = Self.encodedBody(body)
        var headers = [
            "Date: " + Self.rfc5322Date(date, timeZone),
            "Message-ID: " + messageID,
            "From: " + (try Self.header(from)),
            "To: " + (try Self.header(to)),
            "Subject: " + Self.headerText(subject, used: "Subject: ".count),
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: " + encoding,
            // Asks mail servers not to answer a reminder with an out-of-office message.
            "Auto-Submitted: auto-generated",
        ]
        headers = headers.map { $0.replacingOccurrences(of: "\r\n", with: lineEnding) }
        let lines = bodyText.split(separator: "\n", omittingEmptySubsequences: false)
        let text = headers.joined(separator: lineEnding) + lineEnding + lineEnding + lines.joined(separator: lineEnding)
        return Array(text.utf8)
    }

    /// `Name <address>` with the name as plain words, a quoted string, or RFC 2047 words.
    static func header(_ address: Address) throws(BadAddress) -> String {
        guard ContactAddress.isEmail(address.email) else { throw BadAddress(address: address.email) }
        let name = address.name
        if name.isEmpty { return address.email }
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ")
        let shown: String
        if name.allSatisfy(atext.contains), !name.hasPrefix(" "), !name.hasSuffix(" ") {
            shown = name
        } else if Self.isPrintableASCII(name) {
            shown =
                "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\""
        } else {
            shown = encodedWords(name).joined(separator: "\r\n ")
        }
        return shown + " <" + address.email + ">"
    }

    static func isPrintableASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }

    /// Unstructured header text: printable ASCII folded at spaces near 78 columns, anything else
    /// as RFC 2047 encoded words (which also carries line breaks harmlessly, encoded).
    static func headerText(_ text: String, used: Int) -> String {
        guard isPrintableASCII(text) else { return encodedWords(text).joined(separator: "\r\n ") }
        var result = ""
        var width = used
        for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index == 0 {
                result = String(word)
                width += word.count
            } else if width + 1 + word.count > 78 {
                // The space becomes the fold: unfolding gives back " word".
                result += "\r\n " + word
                width = 1 + word.count
            } else {
                result += " " + word
                width += 1 + word.count
            }
        }
        return result
    }

    /// `=?UTF-8?B?…?=` words of at most 64 characters (a header line stays under 76), each holding whole characters (RFC 2047 §5).
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 39, !chunk.isEmpty {
                words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=") }
        return words
    }

    /// The body as 8bit text when every line fits SMTP's 998 bytes, else quoted-printable.
    static func encodedBody(_ body: String) -> (String, String) {
        let lines = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        if lines.allSatisfy({ $0.utf8.count <= 998 }) { return (lines.joined(separator: "\n"), "8bit") }
        return (lines.map { quotedPrintable(Array($0.utf8)) }.joined(separator: "\n"), "quoted-printable")
    }

    /// One line in quoted-printable (RFC 2045 §6.7), soft breaks keeping lines at most 76 long.
    static func quotedPrintable(_ bytes: [UInt8]) -> String {
        var out: [String] = []
        var line = ""
        for (index, byte) in bytes.enumerated() {
            let last = index == bytes.count - 1
            let plain = (byte >= 33 && byte <= 126 && byte != 61) || (byte == 32 && !last) || (byte == 9 && !last)
            let piece = plain ? String(UnicodeScalar(byte)) : String(format: "=%02X", byte)
            if line.count + piece.count > 75 {
                out.append(line + "=")
                line = ""
            }
            line += piece
        }
        out.append(line)
        return out.joined(separator: "\n")
    }
}
