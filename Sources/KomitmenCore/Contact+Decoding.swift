import KomitmenYAML

extension Contact {
    static let fields = ["name", "email", "phone", "language"]

    /// Reads a signatory's `contacts:` list: each entry's fields, the address shapes, at least one
    /// address, and no address given twice (two contacts sharing one would get every reminder twice).
    static func decodeList(_ node: Node, diagnostics: inout [Diagnostic]) -> [Contact] {
        guard let items = read(&diagnostics, node, Node.items) else { return [] }
        var contacts: [Contact] = []
        var seen: [String: Int] = [:]
        for item in items {
            guard let contact = decode(item, diagnostics: &diagnostics) else { continue }
            var duplicate = false
            for (key, value) in [("email", contact.email?.lowercased()), ("phone", contact.phone)] {
                guard let value, let valueNode = item[key] else { continue }
                if let line = seen[value] {
                    duplicate = true
                    diagnostics.append(
                        valueNode.error(
                            .duplicateContact,
                            Phrase(
                                en: "\(key) \(value) is already given for a contact on line \(line)",
                                id: "\(key) \(value) sudah tercantum untuk kontak di baris \(line)"),
                            hint: Phrase(
                                en: "list each address once: every contact gets every reminder",
                                id: "cantumkan setiap alamat sekali saja: setiap kontak menerima setiap pengingat")))
                } else {
                    seen[value] = valueNode.mark.line
                }
            }
            if !duplicate { contacts.append(contact) }
        }
        return contacts
    }

    static func decode(_ node: Node, diagnostics: inout [Diagnostic]) -> Contact? {
        guard let fields = FieldReader(node, known: Self.fields, diagnostics: &diagnostics) else { return nil }
        let name = fields.required("name", &diagnostics, Node.text)
        var valid = name != nil
        let email = fields.optional("email", &diagnostics, Node.text)
        if let email, let emailNode = fields.optional("email"), !ContactAddress.isEmail(email) {
            valid = false
            diagnostics.append(
                emailNode.error(
                    .invalidEmail,
                    Phrase(en: "'\(email)' is not an e-mail address", id: "'\(email)' bukan alamat surel"),
                    hint: Phrase(
                        en: "write one plain address such as sekretariat@example.org, without a name or <>",
                        id: "tulis satu alamat saja, mis. sekretariat@example.org, tanpa nama atau <>")))
        }
        let phone = fields.optional("phone", &diagnostics, Node.text)
        if let phone, let phoneNode = fields.optional("phone"), !ContactAddress.isE164(phone) {
            valid = false
            let hint =
                ContactAddress.e164Suggestion(phone).map { Phrase(en: "write \($0)", id: "tulis \($0)") }
                ?? Phrase(
                    en:
                        "write + and the country code, then the number without 0, spaces or dashes, e.g. +6281234567890",
                    id:
                        "tulis + dan kode negara, lalu nomor tanpa 0 di depan, spasi atau tanda hubung, mis. +6281234567890"
                )
            diagnostics.append(
                phoneNode.error(
                    .invalidPhone,
                    Phrase(
                        en: "phone '\(phone)' is not written in E.164 form",
                        id: "telepon '\(phone)' tidak ditulis dalam bentuk E.164"),
                    hint: hint))
        }
        if fields.optional("email") == nil, fields.optional("phone") == nil {
            valid = false
            diagnostics.append(
                node.error(
                    .contactWithoutAddress,
                    Phrase(en: "a contact needs an email or a phone", id: "kontak memerlukan email atau phone"),
                    hint: Phrase(
                        en: "reminders go to these; add email: or phone: (E.164, e.g. +6281234567890)",
                        id: "pengingat dikirim ke sini; tambahkan email: atau phone: (E.164, mis. +6281234567890)")))
        }
        // A value that is not text was reported by its reader; the contact is not used.
        if (fields.optional("email") != nil && email == nil) || (fields.optional("phone") != nil && phone == nil) {
            valid = false
        }
        var language: Language?
        if let languageNode = fields.optional("language"), let text = read(&diagnostics, languageNode, Node.text) {
            language = Language(rawValue: text)
            if language == nil {
                valid = false
                diagnostics.append(
                    languageNode.error(
                        .unknownLanguage,
                        Phrase(
                            en: "unknown language '\(text)'; use id or en",
                            id: "bahasa '\(text)' tidak dikenal; gunakan id atau en")))
            }
        }
        guard valid, let name else { return nil }
        return Contact(name: name, email: email, phone: phone, language: language)
    }
}
