/// What a reference field (a case code, a file number) would give away if a person's identity
/// were written into it instead. Plugins whose sections name cases, never people, refuse a value
/// with a look in an `EntryRule`, with their own message; the detection is shared so every such
/// rule agrees on what a name or a NIK looks like.
public enum IdentityLook: Sendable, Equatable {
    /// A 16-digit Indonesian identity number (NIK).
    case nik
    /// A person's name.
    case name

    /// How `reference` looks, or `nil` for a code: a NIK is exactly 16 digits once spaces, dots
    /// and dashes between them are removed; a name is letters and spaces only, two or more words
    /// each starting with a capital letter ("Maria Bano"). Codes such as `ASN-2025-014`,
    /// `PDM-14/KPG/10/2025` or `kasus belu 03` are neither.
    public init?(of reference: String) {
        // A code has both letters and digits, so it is neither a NIK nor a name: decide that from
        // the bytes first, as every reference of every report passes here.
        var letter = false
        var digit = false
        var ascii = true
        for byte in reference.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") {
                letter = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digit = true
            }
        }
        if ascii && letter && digit { return nil }
        let text = String(reference.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        guard let first = text.first, let last = text.last else { return nil }

        let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        let separators: Set<Character> = [" ", ".", "-"]
        if isDigit(first), isDigit(last), text.allSatisfy({ isDigit($0) || separators.contains($0) }),
            text.filter(isDigit).count == 16
        {
            self = .nik
            return
        }

        let words = text.split(separator: " ")
        if words.count >= 2, text.allSatisfy({ $0.isLetter || $0 == " " }),
            words.allSatisfy({ $0.first?.isUppercase == true })
        {
            self = .name
            return
        }
        return nil
    }
}
