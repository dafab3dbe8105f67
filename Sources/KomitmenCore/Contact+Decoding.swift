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
                            CoreWords.alreadyGivenForAContact(key, value: value, line: line),
                            hint: CoreWords.listEachAddressOnce))
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
                    CoreWords.notAnEmailAddress(email),
                    hint: CoreWords.writeOnePlainAddress))
        }
        let phone = fields.optional("phone", &diagnostics, Node.text)
        if let phone, let phoneNode = fields.optional("phone"), !ContactAddress.isE164(phone) {
            valid = false
            let hint =
                ContactAddress.e164Suggestion(phone).map { CoreWords.write($0) }
                ?? CoreWords.writeE164
            diagnostics.append(
                phoneNode.error(
                    .invalidPhone,
                    CoreWords.phoneNotE164(phone),
                    hint: hint))
        }
        if fields.optional("email") == nil, fields.optional("phone") == nil {
            valid = false
            diagnostics.append(
                node.error(
                    .contactWithoutAddress,
                    CoreWords.contactNeedsAnAddress,
                    hint: CoreWords.remindersGoToThese))
        }
        // A value that is not text was reported by its reader; the contact is not used.
        if (fields.optional("email") != nil && email == nil) || (fields.optional("phone") != nil && phone == nil) {
            valid = false
        }
        var language: Language?
        if let languageNode = fields.optional("language"), let text = read(&diagnostics, languageNode, Node.text) {
            language = Language(spokenCode: text)
            if language == nil {
                valid = false
                diagnostics.append(
                    languageNode.error(
                        .unknownLanguage,
                        CoreWords.unknownLanguage(text)))
            }
        }
        guard valid, let name else { return nil }
        return Contact(name: name, email: email, phone: phone, language: language)
    }
}
