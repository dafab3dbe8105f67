import KomitmenText

/// The messages of reading declaration.yaml and signatories/: contacts, goals, pledges, targets.
extension CoreWords {
    static func alreadyGivenForAContact(_ key: String, value: String, line: Int) -> Phrase {
        Phrase(
            en: "\(key) \(value) is already given for a contact on line \(line)",
            id: "\(key) \(value) sudah tercantum untuk kontak di baris \(line)")
    }

    static let listEachAddressOnce = Phrase(
        en: "list each address once: every contact gets every reminder",
        id: "cantumkan setiap alamat sekali saja: setiap kontak menerima setiap pengingat")

    static func notAnEmailAddress(_ email: String) -> Phrase {
        Phrase(en: "'\(email)' is not an e-mail address", id: "'\(email)' bukan alamat surel")
    }

    static let writeOnePlainAddress = Phrase(
        en: "write one plain address such as sekretariat@example.org, without a name or <>",
        id: "tulis satu alamat saja, mis. sekretariat@example.org, tanpa nama atau <>")

    static let writeE164 = Phrase(
        en:
            "write + and the country code, then the number without 0, spaces or dashes, e.g. +6281234567890",
        id:
            "tulis + dan kode negara, lalu nomor tanpa 0 di depan, spasi atau tanda hubung, mis. +6281234567890"
    )

    static func phoneNotE164(_ phone: String) -> Phrase {
        Phrase(
            en: "phone '\(phone)' is not written in E.164 form",
            id: "telepon '\(phone)' tidak ditulis dalam bentuk E.164")
    }

    static let contactNeedsAnAddress = Phrase(
        en: "a contact needs an email or a phone", id: "kontak memerlukan email atau phone")

    static let remindersGoToThese = Phrase(
        en: "reminders go to these; add email: or phone: (E.164, e.g. +6281234567890)",
        id: "pengingat dikirim ke sini; tambahkan email: atau phone: (E.164, mis. +6281234567890)")

    static func dueDaysOutOfRange(_ days: Int, first: Int, last: Int) -> Phrase {
        Phrase(
            en:
                "due_days must be from \(days) to \(first), found \(last)",
            id:
                "due_days harus dari \(days) sampai \(first), tertulis \(last)"
        )
    }

    static let whatDueDaysAre = Phrase(
        en: "the number of days after a quarter ends that its report is due, e.g. 15",
        id: "jumlah hari setelah triwulan berakhir sampai laporannya jatuh tempo, mis. 15")

    static func fractionAboveZero(_ key: String) -> Phrase {
        Phrase(
            en: "\(key) must be a fraction above 0 and at most 1, e.g. 0.9",
            id: "\(key) harus pecahan di atas 0 dan paling besar 1, mis. 0.9")
    }

    static func atRiskAboveOnTrack(_ atRisk: Double, onTrack: Double) -> Phrase {
        Phrase(
            en: "at_risk (\(atRisk)) must not be above on_track (\(onTrack))",
            id: "at_risk (\(atRisk)) tidak boleh di atas on_track (\(onTrack))")
    }

    static let writeAnIANAZone = Phrase(
        en:
            "write an IANA zone name such as Asia/Makassar (WITA), Asia/Jakarta (WIB) or Asia/Jayapura (WIT)",
        id: "tulis nama zona IANA seperti Asia/Makassar (WITA), Asia/Jakarta (WIB) atau Asia/Jayapura (WIT)"
    )

    static func unknownTimeZone(_ text: String) -> Phrase {
        Phrase(en: "unknown time zone '\(text)'", id: "zona waktu '\(text)' tidak dikenal")
    }

    static let needsAGoal = Phrase(
        en: "the declaration needs at least one goal",
        id: "deklarasi memerlukan paling sedikit satu tujuan")

    static func idNotFileName(_ id: String, expected: String) -> Phrase {
        Phrase(
            en: "id '\(id)' does not match the file name '\(expected).yaml'",
            id: "id '\(id)' tidak sama dengan nama berkas '\(expected).yaml'")
    }

    static func renameOrWriteID(_ id: String, expected: String) -> Phrase {
        Phrase(
            en: "rename the file to \(id).yaml, or write id: \(expected)",
            id: "ganti nama berkas menjadi \(id).yaml, atau tulis id: \(expected)")
    }

    static func unknownStakeholderKind(_ kind: String) -> Phrase {
        Phrase(
            en: "unknown stakeholder kind '\(kind)'",
            id: "jenis pemangku kepentingan '\(kind)' tidak dikenal")
    }

    static let theKindsAre = Phrase(en: "the kinds are: ", id: "jenis yang ada: ")

    static func unknownRegion(_ region: String) -> Phrase {
        Phrase(
            en: "unknown region '\(region)'; regions are listed in declaration.yaml",
            id: "wilayah '\(region)' tidak dikenal; daftar wilayah ada di declaration.yaml")
    }

    static func joinedTooEarly(_ joined: Quarter, first: Quarter) -> Phrase {
        Phrase(
            en:
                "joined \(joined) is before the declaration's first reporting quarter \(first)",
            id:
                "joined \(joined) lebih awal dari triwulan pelaporan pertama deklarasi \(first)"
        )
    }

    static func unknownGoal(_ goal: String) -> Phrase {
        Phrase(en: "unknown goal '\(goal)'", id: "tujuan '\(goal)' tidak dikenal")
    }

    static let theGoalsAre = Phrase(en: "the goals are: ", id: "tujuan yang ada: ")

    static let pledgeNeedsAnIndicator = Phrase(
        en: "a pledge needs at least one indicator",
        id: "janji memerlukan paling sedikit satu indikator")

    static func fromAfterBy(_ from: Quarter, by: Quarter) -> Phrase {
        Phrase(en: "from \(from) is after by \(by)", id: "from \(from) lebih lambat dari by \(by)")
    }

    static func byTooEarly(_ by: Quarter, firstQuarter: Quarter) -> Phrase {
        Phrase(
            en:
                "by \(by) is before \(firstQuarter), the first quarter this signatory reports: the target could never be reached",
            id:
                "by \(by) lebih awal dari \(firstQuarter), triwulan pertama penanda tangan ini melapor: target tidak mungkin tercapai"
        )
    }

    static func writeAQuarterFrom(_ firstQuarter: Quarter) -> Phrase {
        Phrase(
            en: "write a quarter from \(firstQuarter) on", id: "tulis triwulan mulai \(firstQuarter)")
    }

    static func targetNotAboveBaseline(_ indicator: String, floor: String) -> Phrase {
        Phrase(
            en: "'\(indicator)' should go up, so its target must be above its baseline \(floor)",
            id: "'\(indicator)' seharusnya naik, jadi target harus di atas baseline \(floor)")
    }

    static let withoutABaseline = Phrase(
        en: "without a baseline the baseline counts as 0", id: "tanpa baseline, baseline dihitung 0"
    )

    static func giveABaselineAbove(_ indicator: String) -> Phrase {
        Phrase(
            en:
                "'\(indicator)' should go down: give a baseline (the value before the declaration) above the target",
            id:
                "'\(indicator)' seharusnya turun: tuliskan baseline (nilai sebelum deklarasi) di atas target"
        )
    }

    static func baselineNotAboveTarget(_ indicator: String, target: String) -> Phrase {
        Phrase(
            en:
                "'\(indicator)' should go down, so its baseline must be above its target \(target)",
            id:
                "'\(indicator)' seharusnya turun, jadi baseline harus di atas target \(target)"
        )
    }

    static func unknownIndicator(_ id: String, kind: String) -> Phrase {
        Phrase(
            en: "unknown indicator '\(id)' for a \(kind) signatory",
            id: "indikator '\(id)' tidak dikenal untuk penanda tangan jenis \(kind)")
    }

    static let itsIndicatorsAre = Phrase(en: "its indicators are: ", id: "indikatornya: ")

    /// "duplicate goal id 'x' (first used on line N)"; `what` is one of the kinds named here.
    static func duplicateID(_ what: String, _ id: String, _ line: Int) -> Phrase {
        let kinds = [
            "goal": Phrase(en: "goal", id: "tujuan"), "region": Phrase(en: "region", id: "wilayah"),
            "pledge": Phrase(en: "pledge", id: "janji"), "signatory": Phrase(en: "signatory", id: "penanda tangan"),
        ]
        let kind = kinds[what] ?? Phrase(verbatim: what)
        return Phrase(
            en: "duplicate \(kind.en) id '\(id)' (first used on line \(line))",
            id: "id \(kind.id) '\(id)' ganda (pertama dipakai di baris \(line))")
    }
}
