import KomitmenCore
import KomitmenYAML

/// The words of a reminder, in its language: short, and saying exactly what is due by when (or
/// what was asked), with the form's link when there is one.
extension Reminder {
    private func text(_ phrase: Phrase) -> String { phrase.text(language) }

    public var subject: String {
        let due = language.longDate(dueDate)
        return switch reason {
        case .dueSoon:
            text(
                Phrase(
                    en: "Reminder: \(quarter) report of \(signatoryName) due \(due)",
                    id: "Pengingat: laporan \(quarter) \(signatoryName) jatuh tempo \(due)"))
        case .overdue:
            text(
                Phrase(
                    en: "Overdue: \(quarter) report of \(signatoryName), due \(due)",
                    id: "Terlambat: laporan \(quarter) \(signatoryName), jatuh tempo \(due)"))
        case .changesRequested:
            text(
                Phrase(
                    en: "Changes requested: \(quarter) report of \(signatoryName)",
                    id: "Mohon perbaikan: laporan \(quarter) \(signatoryName)"))
        }
    }

    /// The message body, lines joined with `\n`, ending with a line break.
    public var body: String {
        let due = language.longDate(dueDate)
        var lines = [text(Phrase(en: "Dear \(contact.name),", id: "Yth. \(contact.name),")), ""]
        switch reason {
        case .dueSoon(let days):
            let when =
                days == 0
                ? text(Phrase(en: "today", id: "hari ini"))
                : text(Phrase(en: "in \(days) day\(days == 1 ? "" : "s")", id: "\(days) hari lagi"))
            lines.append(
                text(
                    Phrase(
                        en:
                            "The \(quarter) report of \(signatoryName) is due on \(due) (\(when)) and has not been filed yet.",
                        id:
                            "Laporan \(quarter) \(signatoryName) jatuh tempo pada \(due) (\(when)) dan belum kami terima."
                    )))
        case .overdue(let days):
            lines.append(
                text(
                    Phrase(
                        en:
                            "The \(quarter) report of \(signatoryName) was due on \(due) and has not been filed: it is \(days) day\(days == 1 ? "" : "s") late. Please file it as soon as possible.",
                        id:
                            "Laporan \(quarter) \(signatoryName) jatuh tempo pada \(due) dan belum kami terima: sudah terlambat \(days) hari. Mohon segera dikirim."
                    )))
        case .changesRequested(let comment, let by, let on):
            let reviewer = by ?? sender
            let dated =
                on.map {
                    " " + text(Phrase(en: "on \(Language.en.longDate($0))", id: "pada \(Language.id.longDate($0))"))
                }
                ?? ""
            lines.append(
                text(
                    Phrase(
                        en: "\(reviewer) asked\(dated) for changes to the \(quarter) report of \(signatoryName):",
                        id: "\(reviewer)\(dated) meminta perbaikan laporan \(quarter) \(signatoryName):")))
            lines.append("")
            let asked =
                (comment?.isEmpty == false ? comment! : text(Phrase(en: "(no comment given)", id: "(tanpa catatan)")))
            lines += asked.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            lines.append("")
            lines.append(
                text(
                    Phrase(
                        en: "Please correct the report and file it again.",
                        id: "Mohon perbaiki laporan dan kirim ulang.")))
        }
        lines.append("")
        if let link {
            lines.append(text(Phrase(en: "The form: \(link)", id: "Formulir: \(link)")))
        } else {
            lines.append(
                text(
                    Phrase(
                        en: "The report file: reports/\(quarter)/\(signatoryID).yaml",
                        id: "Berkas laporan: reports/\(quarter)/\(signatoryID).yaml")))
        }
        lines += ["", text(Phrase(en: "Regards,", id: "Salam,")), sender]
        return lines.joined(separator: "\n") + "\n"
    }
}
