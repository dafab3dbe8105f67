import KomitmenCore

/// The reminders' subjects and bodies (in the contact's language) and the plan's listing.
extension AppWords {
    static func reminderSubject(_ quarter: Quarter, signatoryName: String, due: String) -> Phrase {
        Phrase(
            en: "Reminder: \(quarter) report of \(signatoryName) due \(due)",
            id: "Pengingat: laporan \(quarter) \(signatoryName) jatuh tempo \(due)")
    }

    static func overdueSubject(_ quarter: Quarter, signatoryName: String, due: String) -> Phrase {
        Phrase(
            en: "Overdue: \(quarter) report of \(signatoryName), due \(due)",
            id: "Terlambat: laporan \(quarter) \(signatoryName), jatuh tempo \(due)")
    }

    static func changesRequestedSubject(_ quarter: Quarter, signatoryName: String) -> Phrase {
        Phrase(
            en: "Changes requested: \(quarter) report of \(signatoryName)",
            id: "Mohon perbaikan: laporan \(quarter) \(signatoryName)")
    }

    static func dear(_ name: String) -> Phrase {
        Phrase(en: "Dear \(name),", id: "Yth. \(name),")
    }

    static let today = Phrase(en: "today", id: "hari ini")

    static func inDays(_ days: Int) -> Phrase {
        Phrase(en: "in \(days) day\(days == 1 ? "" : "s")", id: "\(days) hari lagi")
    }

    static func isDueOn(_ quarter: Quarter, signatoryName: String, due: String, when: String) -> Phrase {
        Phrase(
            en:
                "The \(quarter) report of \(signatoryName) is due on \(due) (\(when)) and has not been filed yet.",
            id:
                "Laporan \(quarter) \(signatoryName) jatuh tempo pada \(due) (\(when)) dan belum kami terima."
        )
    }

    static func wasDueOn(_ quarter: Quarter, signatoryName: String, due: String, days: Int) -> Phrase {
        Phrase(
            en:
                "The \(quarter) report of \(signatoryName) was due on \(due) and has not been filed: it is \(days) day\(days == 1 ? "" : "s") late. Please file it as soon as possible.",
            id:
                "Laporan \(quarter) \(signatoryName) jatuh tempo pada \(due) dan belum kami terima: sudah terlambat \(days) hari. Mohon segera dikirim."
        )
    }

    static func askedForChanges(_ reviewer: String, dated: String, quarter: Quarter, signatoryName: String) -> Phrase {
        Phrase(
            en: "\(reviewer) asked\(dated) for changes to the \(quarter) report of \(signatoryName):",
            id: "\(reviewer)\(dated) meminta perbaikan laporan \(quarter) \(signatoryName):")
    }

    static let noCommentGiven = Phrase(en: "(no comment given)", id: "(tanpa catatan)")

    static let pleaseCorrect = Phrase(
        en: "Please correct the report and file it again.",
        id: "Mohon perbaiki laporan dan kirim ulang.")

    static func theForm(_ link: String) -> Phrase {
        Phrase(en: "The form: \(link)", id: "Formulir: \(link)")
    }

    static func theReport(_ quarter: Quarter, signatoryName: String, signatoryID: String) -> Phrase {
        Phrase(
            en: "The report: \(quarter) of \(signatoryName) (signatory \(signatoryID)).",
            id: "Laporan: \(quarter) \(signatoryName) (penanda tangan \(signatoryID)).")
    }

    static let regards = Phrase(en: "Regards,", id: "Salam,")

    static let repositoryHasErrors = Phrase(
        en: "the repository has errors; fix them before sending reminders",
        id: "repositori memiliki kesalahan; perbaiki dulu sebelum mengirim pengingat")

    static func noReportDueYet(_ first: Quarter, due: CalendarDate) -> Phrase {
        Phrase(
            en: "no report is due yet: the first quarter, \(first), is due on \(due)",
            id: "belum ada laporan yang jatuh tempo: triwulan pertama, \(first), jatuh tempo \(due)")
    }

    static let noUsableDeclaration = Phrase(
        en: "the repository has no usable declaration.yaml",
        id: "repositori tidak memiliki declaration.yaml yang dapat dipakai")

    static func planHeading(_ quarter: Quarter, dueDate: CalendarDate, asOf: CalendarDate, count: Int, signatories: Int)
        -> Phrase
    {
        Phrase(
            en:
                "\(quarter), due \(dueDate), as of \(asOf): \(count) reminder\(count == 1 ? "" : "s") to \(signatories) signator\(signatories == 1 ? "y" : "ies")",
            id:
                "\(quarter), jatuh tempo \(dueDate), per \(asOf): \(count) pengingat untuk \(signatories) penanda tangan"
        )
    }

    static let to = Phrase(en: "To", id: "Kepada")

    static let subject = Phrase(en: "Subject", id: "Perihal")

    static let noContactListed = Phrase(
        en: "No contact listed (reach them another way): ", id: "Tanpa kontak (hubungi dengan cara lain): "
    )

    /// " on 3 November 2026": a date in each language's own way.
    static func on(_ date: CalendarDate) -> Phrase {
        Phrase(en: "on \(Language.en.longDate(date))", id: "pada \(Language.id.longDate(date))")
    }

    /// A reminder's reason, as the secretariat's chase list shows it.
    static func dueIn(_ days: Int) -> Phrase {
        days == 0
            ? Phrase(en: "due today", id: "jatuh tempo hari ini")
            : Phrase(en: "due in \(days) day\(days == 1 ? "" : "s")", id: "jatuh tempo \(days) hari lagi")
    }

    static func overdueBy(_ days: Int) -> Phrase {
        Phrase(en: "overdue by \(days) day\(days == 1 ? "" : "s")", id: "terlambat \(days) hari")
    }

    static let changesRequested = Phrase(en: "changes requested", id: "perbaikan diminta")
}
