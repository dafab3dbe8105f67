import Foundation
import KomitmenCore
import KomitmenRender
import KomitmenYAML

/// The ways `remind` shows a plan: a readable listing, JSON, `wa.me` links and e-mail messages.
extension ReminderPlan {
    /// The first line of the listing, in the reader's language.
    public func heading(_ language: Language) -> String {
        let signatories = Set(reminders.map(\.signatoryID)).count
        return AppWords.planHeading(
            quarter, dueDate: dueDate, asOf: asOf, count: reminders.count, signatories: signatories
        )
        .text(language)
    }

    /// Every message as it would be read: recipient, subject and body (each in its own language).
    public func text(_ language: Language) -> String {
        var out = heading(language) + "\n"
        for reminder in reminders {
            let address = [reminder.contact.email.map { "<\($0)>" }, reminder.contact.phone].compactMap { $0 }.joined(
                separator: " ")
            out += "\n" + AppWords.to.text(language) + ": \(reminder.contact.name) \(address)\n"
            out += AppWords.subject.text(language) + ": \(reminder.subject)\n\n"
            out += reminder.body
        }
        if !withoutContacts.isEmpty {
            out +=
                "\n"
                + AppWords.noContactListed
                .text(language) + withoutContacts.joined(separator: ", ") + "\n"
        }
        return out
    }

    public var json: JSONValue {
        .object([
            "quarter": .string("\(quarter)"),
            "as_of": .string("\(asOf)"),
            "due_date": .string("\(dueDate)"),
            "days_before": .number(daysBefore),
            "without_contacts": .array(withoutContacts.map { .string($0) }),
            "reminders": .array(reminders.map(\.json)),
        ])
    }

    /// `Name (signatory): https://wa.me/…` for each contact with a phone.
    public var whatsappLines: String {
        reminders.compactMap { reminder in
            reminder.whatsappLink.map { "\(reminder.contact.name) (\(reminder.signatoryID)): \($0)\n" }
        }.joined()
    }
}

extension Reminder {
    /// `https://wa.me/<digits>?text=<message>`, or nil without a phone.
    public var whatsappLink: String? {
        guard let phone = contact.phone, ContactAddress.isE164(phone), let digits = contact.phoneDigits else {
            return nil
        }
        return "https://wa.me/\(digits)?text=" + Self.percentEncoded(subject + "\n\n" + body)
    }

    /// Every byte but the unreserved ones (RFC 3986) as `%XX`: nothing in the text can end the link.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let unreserved =
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
            out += unreserved ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }
        return out
    }

    var json: JSONValue {
        var reasonFields: [String: JSONValue] = [
            "days": .null, "comment": .null, "reviewed_by": .null, "reviewed_on": .null,
        ]
        switch reason {
        case .dueSoon(let days), .overdue(let days): reasonFields["days"] = .number(days)
        case .changesRequested(let comment, let by, let on):
            reasonFields["comment"] = .optional(comment)
            reasonFields["reviewed_by"] = .optional(by)
            reasonFields["reviewed_on"] = .optional(on.map { "\($0)" })
        }
        return .object(
            reasonFields.merging([
                "signatory": .string(signatoryID),
                "signatory_name": .string(signatoryName),
                "contact": .object([
                    "name": .string(contact.name), "email": .optional(contact.email), "phone": .optional(contact.phone),
                ]),
                "language": .string(language.rawValue),
                "reason": .string(reason.code),
                "due_date": .string("\(dueDate)"),
                "subject": .string(subject),
                "body": .string(body),
                "link": .optional(link),
                "whatsapp": .optional(whatsappLink),
            ]) { $1 })
    }

    /// The e-mail to this contact, or nil when it has no address.
    public func mail(from: MailMessage.Address, domain: String, date: Date, timeZone: TimeZone) -> MailMessage? {
        guard let email = contact.email else { return nil }
        return MailMessage(
            from: from, to: MailMessage.Address(name: contact.name, email: email), subject: subject,
            body: body, date: date, timeZone: timeZone, domain: domain)
    }

    /// `<quarter>-<signatory>-<n>.eml`, n counting this signatory's contacts from 1.
    public func emlName(index: Int) -> String { "\(quarter)-\(signatoryID)-\(index).eml" }
}
