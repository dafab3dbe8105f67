import KomitmenYAML

/// A person reminders go to (DESIGN.md, signatories' `contacts:`): a name and at least one of an
/// e-mail address and a phone number in E.164 form.
public struct Contact: Sendable, Equatable {
    public var name: String
    /// Checked for a plain `local@domain` shape: no spaces, line breaks, quotes or angle brackets.
    public var email: String?
    /// E.164: `+` and 8 to 15 digits, the first not 0 (`+6281234567890`).
    public var phone: String?
    /// The language to write to this contact in; nil means the signatory's language.
    public var language: Language?

    public init(name: String, email: String? = nil, phone: String? = nil, language: Language? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
        self.language = language
    }

    /// The digits of the phone number without `+`, as `wa.me` links want them.
    public var phoneDigits: String? { phone.map { String($0.dropFirst()) } }
}

/// The shapes of addresses and numbers that `contacts:` accepts; also used by whatever writes
/// them into a message, so a value that did not come through the decoder is checked the same way.
public enum ContactAddress {
    /// `+` then 8–15 digits, the first not 0.
    public static func isE164(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 9, bytes.count <= 16, bytes[0] == UInt8(ascii: "+"), bytes[1] != UInt8(ascii: "0") else {
            return false
        }
        return bytes.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// What a number written the way people write it (`0812-3456-7890`, `+62 812 3456 7890`,
    /// `62812…`) becomes in E.164, assuming Indonesia (+62) for a leading 0; nil when unsure.
    public static func e164Suggestion(_ text: String) -> String? {
        let kept = text.filter { !" -().".contains($0) }
        var digits = kept
        if digits.hasPrefix("+") {
            digits.removeFirst()
        } else if digits.hasPrefix("0") {
            digits = "62" + digits.dropFirst()
        }
        let candidate = "+" + digits
        return isE164(candidate) && candidate != text ? candidate : nil
    }

    /// A plain address: one `@`, a local part of letters, digits and `.!#$%&'*+/=?^_`{|}~-` (no
    /// dot at either end, no two in a row), a domain of dot-separated labels of letters, digits
    /// and inner hyphens with at least one dot. ASCII only, at most 254 bytes: nothing that could
    /// break a mail header or need quoting.
    public static func isEmail(_ text: String) -> Bool {
        guard text.utf8.count <= 254, text.utf8.allSatisfy({ $0 > 32 && $0 < 127 }) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty, local.utf8.count <= 64
        else { return false }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
        guard local.allSatisfy(localAllowed.contains), !local.hasPrefix("."), !local.hasSuffix("."),
            !local.contains("..")
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        let labelAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        return labels.allSatisfy { label in
            !label.isEmpty && label.utf8.count <= 63 && label.allSatisfy(labelAllowed.contains) && !label.hasPrefix("-")
                && !label.hasSuffix("-")
        }
    }
}
