import Foundation
import Testing

/// `komitmen remind` through the binary: who is chased, in which words, in every format.
@Suite struct RemindCommandTests {
    func remind(_ repository: TemporaryRepository, _ extra: [String]) throws -> KomitmenBinary.Result {
        try repository.run(["remind", "repo"] + extra)
    }

    @Test func afterTheDueDateTheLateAndTheSentBackAreChasedAndTheFiledAreNot() throws {
        let repository = try RemindFixture.make()
        defer { repository.delete() }
        #expect(try repository.validate().status == 0)
        let result = try remind(repository, ["--as-of", "2026-01-20"])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.hasPrefix("2025-Q4, due 2026-01-15, as of 2026-01-20: 4 reminders to 2 signatories\n"))
        #expect(out.contains("To: Petugas Pelaporan Belu <pelaporan.belu@example.org> +6281200000201\n"))
        #expect(
            out.contains("Subject: Terlambat: laporan 2025-Q4 Pemerintah Kabupaten Belu, jatuh tempo 15 Januari 2026\n")
        )
        #expect(
            out.contains(
                "Laporan 2025-Q4 Pemerintah Kabupaten Belu jatuh tempo pada 15 Januari 2026 dan belum kami terima: sudah terlambat 5 hari."
            ))
        // The English contact of the same signatory gets the same news in English.
        #expect(out.contains("Subject: Overdue: 2025-Q4 report of Pemerintah Kabupaten Belu, due 15 January 2026\n"))
        #expect(out.contains("it is 5 days late"))
        // Changes requested: what was asked, by whom, in the contact's language.
        #expect(out.contains("Subject: Changes requested: 2025-Q4 report of Kepolisian Daerah NTT\n"))
        #expect(
            out.contains(
                "Sekretariat Uji asked on 18 January 2026 for changes to the 2025-Q4 report of Kepolisian Daerah NTT:\n\n  Angka korban berbeda dengan laporan polres; mohon diperiksa.\n"
            ))
        #expect(
            !out.contains("pos-kupang") && !out.contains("Redaksi Pos Kupang"), "a signatory that filed gets nothing")
    }

    @Test func beforeTheDueDateOnlyWithinDaysBefore() throws {
        let repository = try RemindFixture.make()
        defer { repository.delete() }
        // Due 2026-01-15; as of 01-10 it is 5 days away. polda-ntt's report (01-12) is not in yet.
        let soon = try remind(repository, ["--as-of", "2026-01-10", "--quarter", "2025-Q4"])
        #expect(
            soon.stdout.hasPrefix("2025-Q4, due 2026-01-15, as of 2026-01-10: 4 reminders to 2 signatories\n"),
            "\(soon.stdout)")
        #expect(soon.stdout.contains("jatuh tempo pada 15 Januari 2026 (5 hari lagi) dan belum kami terima."))
        #expect(soon.stdout.contains("is due on 15 January 2026 (in 5 days) and has not been filed yet."))
        #expect(!soon.stdout.contains("Changes requested"), "the review is dated after the as-of date")
        let narrow = try remind(repository, ["--as-of", "2026-01-10", "--quarter", "2025-Q4", "--days-before", "3"])
        #expect(narrow.status == 0)
        #expect(narrow.stdout == "2025-Q4, due 2026-01-15, as of 2026-01-10: 0 reminders to 0 signatories\n")
        // The default quarter: the latest due within the window (2025-Q4 with 7 days, 2025-Q3 with 3).
        let wide = try remind(repository, ["--as-of", "2026-01-10"])
        #expect(wide.stdout.hasPrefix("2025-Q4, due 2026-01-15"))
        let earlier = try remind(repository, ["--as-of", "2026-01-10", "--days-before", "3"])
        #expect(earlier.stdout.hasPrefix("2025-Q3, due 2025-10-15, as of 2026-01-10: 0 reminders"), "\(earlier.stdout)")
    }

    @Test func argumentsOutOfRangeAreOneLineErrors() throws {
        let repository = try RemindFixture.make()
        defer { repository.delete() }
        let cases: [([String], String)] = [
            (["--days-before", "400"], "--days-before must be from 0 to 366, not 400"),
            (["--format", "eml"], "--format eml needs --output DIR"),
            (
                ["--base-url", "ftp://x"],
                "--base-url must be an http:// or https:// address without spaces, not 'ftp://x'"
            ),
            (["--from", "a@b\nBcc: c@d.org"], "--from must be one plain e-mail address"),
            (["--sendmail", "msmtp 'unclosed"], "--sendmail: the command has an unclosed quote"),
            (["--as-of", "2024-01-01"], "no report is due yet: the first quarter, 2025-Q3, is due on 2025-10-15"),
        ]
        for (arguments, message) in cases {
            let result = try remind(repository, arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    @Test(arguments: ["text", "json", "whatsapp", "eml"])
    func withoutABaseURLAMessageNamesTheReportAndNeverAFilePath(_ format: String) throws {
        let repository = try RemindFixture.make()
        defer { repository.delete() }
        let output = format == "eml" ? ["--output", "mail"] : []
        let result = try remind(repository, ["--as-of", "2026-01-20", "--format", format] + output)
        #expect(result.status == 0, "\(result.stderr)")
        var messages = result.stdout.removingPercentEncoding ?? result.stdout
        if format == "eml" {
            let folder = repository.folder.appendingPathComponent("mail")
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                messages += try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            }
        }
        #expect(!messages.contains(".yaml") && !messages.contains("reports/"), "\(messages)")
        #expect(!messages.contains("Berkas laporan") && !messages.contains("report file"))
        #expect(messages.contains("Laporan: 2025-Q4 Pemerintah Kabupaten Belu (penanda tangan pemkab-belu)."))
        if format != "whatsapp" {
            #expect(messages.contains("The report: 2025-Q4 of Kepolisian Daerah NTT (signatory polda-ntt)."))
        }
    }

    @Test func jsonForMachines() throws {
        let repository = try RemindFixture.make()
        defer { repository.delete() }
        let result = try remind(
            repository, ["--as-of", "2026-01-20", "--format", "json", "--base-url", "https://lapor.example.org/"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["quarter"] as? String == "2025-Q4")
        #expect(object["due_date"] as? String == "2026-01-15")
        let reminders = try #require(object["reminders"] as? [[String: Any]])
        #expect(
            reminders.map { $0["signatory"] as? String } == ["pemkab-belu", "pemkab-belu", "pemkab-belu", "polda-ntt"])
        #expect(reminders.map { $0["reason"] as? String } == ["overdue", "overdue", "overdue", "changes-requested"])
        #expect(reminders.map { $0["language"] as? String } == ["id", "id", "en", "en"])
        #expect(reminders[0]["days"] as? Int == 5)
        #expect(reminders[0]["link"] as? String == "https://lapor.example.org/reports/2025-Q4/pemkab-belu")
        #expect(reminders[3]["comment"] as? String == "Angka korban berbeda dengan laporan polres; mohon diperiksa.")
        #expect(
            (reminders[0]["body"] as? String)?.contains(
                "Formulir: https://lapor.example.org/reports/2025-Q4/pemkab-belu") == true)
    }

    @Test func whatsappLinksForContactsWithAPhone() throws {
        let repository = try RemindFixture.make()
        defer { repository.delete() }
        let result = try remind(repository, ["--as-of", "2026-01-20", "--format", "whatsapp"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(result.stdout)")
        #expect(
            lines[0].hasPrefix(
                "Petugas Pelaporan Belu (pemkab-belu): https://wa.me/6281200000201?text=Terlambat%3A%20laporan%202025-Q4%20"
            ))
        #expect(lines[1].hasPrefix("Staf Umum Belu (pemkab-belu): https://wa.me/6281200000202?text="))
        let query = try #require(lines[0].split(separator: "?text=").last)
        let text = try #require(String(query).removingPercentEncoding)
        #expect(text.contains("sudah terlambat 5 hari"))
        #expect(!lines[0].contains(" ", after: "https://"), "nothing in the link is left unencoded")
        #expect(result.stderr.contains("note: no phone for Liaison Officer Belu (pemkab-belu)"))
    }

    @Test func emlFilesAreRFC5322AndWrittenWhole() throws {
        let repository = try RemindFixture.make(beluName: "Pemerintah Kabupaten Belu – Dinas Tenaga Kerja")
        defer { repository.delete() }
        let result = try remind(repository, ["--as-of", "2026-01-20", "--format", "eml", "--output", "mail"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "3 messages written to mail\n")
        let folder = repository.folder.appendingPathComponent("mail")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["2025-Q4-pemkab-belu-1.eml", "2025-Q4-pemkab-belu-3.eml", "2025-Q4-polda-ntt-1.eml"])
        let text = try String(contentsOf: folder.appendingPathComponent(names[0]), encoding: .utf8)
        let head = try #require(text.components(separatedBy: "\r\n\r\n").first)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends with CRLF")
        let headers = head.replacingOccurrences(of: "\r\n ", with: " ").components(separatedBy: "\r\n")
        let subject = try #require(headers.first { $0.hasPrefix("Subject: ") })
        #expect(subject.hasPrefix("Subject: =?UTF-8?B?"), "non-ASCII subject is RFC 2047-encoded")
        #expect(
            decodeEncodedWords(String(subject.dropFirst(9)))
                == "Terlambat: laporan 2025-Q4 Pemerintah Kabupaten Belu – Dinas Tenaga Kerja, jatuh tempo 15 Januari 2026"
        )
        #expect(head.utf8.allSatisfy { $0 < 0x80 }, "headers are ASCII")
        let date = try #require(headers.first { $0.hasPrefix("Date: ") })
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        #expect(formatter.date(from: String(date.dropFirst(6))) != nil, "\(date)")
        #expect(headers.contains("To: Petugas Pelaporan Belu <pelaporan.belu@example.org>"))
        #expect(headers.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(headers.contains { $0.hasPrefix("Message-ID: <komitmen.") && $0.hasSuffix("@komitmen.invalid>") })
        // A link where the folder should be is refused, and nothing is written through it.
        let elsewhere = repository.folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: repository.folder.appendingPathComponent("linked"), withDestinationURL: elsewhere)
        let linked = try remind(repository, ["--as-of", "2026-01-20", "--format", "eml", "--output", "linked"])
        #expect(linked.status == 1)
        #expect(linked.stderr == "komitmen: linked is a symbolic link; komitmen does not write through links\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test func namesCannotInjectHeaders() throws {
        let repository = try RemindFixture.make()
        defer { repository.delete() }
        // Quotes, angle brackets and commas stay inside one quoted display name.
        var text = try repository.read("signatories/polda-ntt.yaml")
        text = text.replacingOccurrences(
            of: "name: Reporting Officer Polda", with: #"name: 'Evil" <attacker@example.org>, "x'"#)
        try repository.write("signatories/polda-ntt.yaml", text)
        let result = try remind(repository, ["--as-of", "2026-01-20", "--format", "eml", "--output", "mail"])
        #expect(result.status == 0, "\(result.stderr)")
        let eml = try String(
            contentsOf: repository.folder.appendingPathComponent("mail/2025-Q4-polda-ntt-1.eml"), encoding: .utf8)
        #expect(
            eml.contains("\r\nTo: \"Evil\\\" <attacker@example.org>, \\\"x\" <pelaporan.polda@example.org>\r\n"),
            "\(eml)")
        // A line break in a name or address never reaches a header: the file is refused first.
        text = text.replacingOccurrences(
            of: "email: pelaporan.polda@example.org",
            with: #"email: "pelaporan.polda@example.org\r\nBcc: all@example.org""#)
        try repository.write("signatories/polda-ntt.yaml", text)
        let refused = try remind(repository, ["--as-of", "2026-01-20", "--format", "eml", "--output", "mail2"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("repo/signatories/polda-ntt.yaml:"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: repository.folder.appendingPathComponent("mail2").path))
    }
}

/// The text of `=?UTF-8?B?…?=` words separated by spaces.
func decodeEncodedWords(_ header: String) -> String? {
    var bytes: [UInt8] = []
    for word in header.split(separator: " ") {
        guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?="),
            let data = Data(base64Encoded: String(word.dropFirst(10).dropLast(2)))
        else { return nil }
        bytes += data
    }
    return String(bytes: bytes, encoding: .utf8)
}

extension String {
    /// Whether `character` occurs after the first `marker`.
    func contains(_ character: Character, after marker: String) -> Bool {
        guard let range = range(of: marker) else { return false }
        return self[range.upperBound...].contains(character)
    }
}
