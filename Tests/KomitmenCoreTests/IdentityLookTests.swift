import KomitmenCore
import Testing

/// `IdentityLook` tells a person's name or NIK from a case code, for every plugin whose section
/// names cases, never people (the NGO's `ref`, the prosecutor's `reference`).
@Suite struct IdentityLookTests {
    @Test(arguments: [
        // A NIK: 16 digits, with or without spaces, dots and dashes between them.
        ("5301012345678901", IdentityLook?.some(.nik)),
        ("5301 0123 4567 8901", .nik),
        ("53.01.01-2345-6789-01", .nik),
        ("  5301012345678901  ", .nik),
        // A name: two or more capitalised words of letters only, in any script.
        ("Maria Bano", .name),
        ("Yohanes Tefa Nenobais", .name),
        ("Ölaf Ñuñez", .name),
        // Codes: letters with digits, numbers of another length, a single word, lowercase words.
        ("ASN-2025-014", nil),
        ("PDM-14/KT.NTT/Eku.2/10/2025", nil),
        ("LP/B/123/X/2025", nil),
        ("kasus belu 03", nil),
        ("2025-031", nil),
        ("530101234567890", nil),
        ("53010123456789012", nil),
        ("Maria", nil),
        ("maria bano", nil),
        ("", nil),
        ("   ", nil),
    ])
    func looks(_ reference: String, _ expected: IdentityLook?) {
        #expect(IdentityLook(of: reference) == expected, "\(reference)")
    }
}
