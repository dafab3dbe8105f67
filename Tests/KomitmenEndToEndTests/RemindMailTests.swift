import Foundation
import Testing

/// `remind --sendmail "msmtp -t …"` against a real SMTP server (aiosmtpd) on a loopback port:
/// what arrives is what a mail client will see.
@Suite struct RemindMailTests {
    /// The tools are there, or CI requires them (`KOMITMEN_REQUIRE_MAIL=1`): then their absence fails.
    static let msmtp = ["/usr/bin/msmtp", "/usr/local/bin/msmtp", "/opt/homebrew/bin/msmtp"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let aiosmtpd: Bool = {
        guard
            let result = try? ChildProcess.run(
                URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import aiosmtpd"])
        else { return false }
        return result.status == 0
    }()
    static let required = ProcessInfo.processInfo.environment["KOMITMEN_REQUIRE_MAIL"] == "1"
    static let runs = (msmtp != nil && aiosmtpd) || required

    @Test(
        .enabled(
            if: runs,
            "msmtp or Python's aiosmtpd is missing (apt-get install msmtp; pip install aiosmtpd); set KOMITMEN_REQUIRE_MAIL=1 to fail instead"
        ))
    func remindersArriveAtARealSMTPServer() throws {
        let msmtp = try #require(Self.msmtp, "msmtp is required (KOMITMEN_REQUIRE_MAIL=1) but missing")
        #expect(Self.aiosmtpd, "Python's aiosmtpd is required (KOMITMEN_REQUIRE_MAIL=1) but missing")
        let repository = try RemindFixture.make(beluName: "Pemerintah Kabupaten Belu – Dinas Tenaga Kerja")
        defer { repository.delete() }
        let inbox = repository.folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)

        let sink = Process()
        sink.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let script = KomitmenBinary.packageRoot.appendingPathComponent(
            "Tests/KomitmenEndToEndTests/Fixtures/mail/smtp-sink.py")
        sink.arguments = ["python3", script.path, inbox.path, "60"]
        sink.standardOutput = FileHandle.nullDevice
        sink.standardError = FileHandle.nullDevice
        try sink.run()
        defer {
            kill(sink.processIdentifier, SIGKILL)
            sink.waitUntilExit()
        }
        let portFile = inbox.appendingPathComponent("port")
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: portFile.path), Date() < deadline, sink.isRunning {
            usleep(50_000)
        }
        let port = try #require(try? String(contentsOf: portFile, encoding: .utf8), "the SMTP sink did not start")

        let command = "\(msmtp) -t --host=127.0.0.1 --port=\(port) --from=noreply@komitmen.invalid"
        let result = try repository.run([
            "remind", "repo", "--as-of", "2026-01-20", "--sendmail", command,
            "--base-url", "https://lapor.example.org",
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix("3 of 3 messages sent\n"), "\(result.stdout)")
        #expect(result.stderr == "note: no e-mail address for Staf Umum Belu (pemkab-belu)\n")

        // msmtp returns once the server said 250, so the messages are there.
        var arrived: [[String: Any]] = []
        for n in 1...3 {
            let data = try Data(contentsOf: inbox.appendingPathComponent("\(n).json"))
            arrived.append(try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]))
        }
        #expect(
            !FileManager.default.fileExists(atPath: inbox.appendingPathComponent("4.json").path),
            "one message per contact")
        let recipients = arrived.compactMap { ($0["rcpt_tos"] as? [String])?.first }.sorted()
        #expect(
            recipients == ["liaison.belu@example.org", "pelaporan.belu@example.org", "pelaporan.polda@example.org"])
        #expect(!recipients.contains("redaksi.pos@example.org"), "a signatory that filed gets nothing")
        let ids = Set(arrived.compactMap { $0["message_id"] as? String })
        #expect(ids.count == 3 && ids.allSatisfy { $0.hasPrefix("<komitmen.") && $0.hasSuffix("@lapor.example.org>") })
        for message in arrived {
            #expect(message["date_ok"] as? Bool == true, "Date parses as RFC 5322")
            #expect(message["body_ok"] as? Bool == true)
            #expect(message["charset"] as? String == "utf-8")
            #expect((message["defects"] as? [String])?.isEmpty == true, "\(message)")
            #expect((message["to_addresses"] as? [String])?.count == 1)
        }
        let belu = try #require(arrived.first { ($0["rcpt_tos"] as? [String]) == ["pelaporan.belu@example.org"] })
        #expect(
            belu["subject"] as? String
                == "Terlambat: laporan 2025-Q4 Pemerintah Kabupaten Belu – Dinas Tenaga Kerja, jatuh tempo 15 Januari 2026"
        )
        #expect(
            (belu["headers"] as? String)?.contains("Subject: =?UTF-8?B?") == true, "RFC 2047 for a non-ASCII subject")
        #expect(
            (belu["body"] as? String)?.contains(
                "Laporan 2025-Q4 Pemerintah Kabupaten Belu – Dinas Tenaga Kerja jatuh tempo") == true)
        #expect(
            (belu["body"] as? String)?.contains("Formulir: https://lapor.example.org/reports/2025-Q4/pemkab-belu")
                == true)
        let polda = try #require(arrived.first { ($0["rcpt_tos"] as? [String]) == ["pelaporan.polda@example.org"] })
        #expect(
            (polda["body"] as? String)?.contains("Angka korban berbeda dengan laporan polres; mohon diperiksa.") == true
        )
    }

    @Test func aFailingCommandIsNamedAndExitsOne() throws {
        let repository = try RemindFixture.make()
        defer { repository.delete() }
        let result = try repository.run([
            "remind", "repo", "--as-of", "2026-01-20", "--sendmail", "sh -c 'cat >/dev/null; echo refused >&2; exit 3'",
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("failed: pelaporan.belu@example.org (pemkab-belu): exit 3: refused"),
            "\(result.stderr)")
        #expect(result.stdout.hasSuffix("0 of 3 messages sent\n"))
        let missing = try repository.run([
            "remind", "repo", "--as-of", "2026-01-20", "--sendmail", "no-such-sendmail -t",
        ])
        #expect(missing.status == 1)
        #expect(missing.stderr == "komitmen: --sendmail: no program 'no-such-sendmail' was found\n")
    }

    @Test func aHangingCommandIsStoppedAtItsTimeout() throws {
        let repository = try RemindFixture.make()
        defer { repository.delete() }
        let result = try repository.run([
            "remind", "repo", "--as-of", "2026-01-20", "--sendmail", "sleep 30", "--sendmail-timeout", "1",
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "failed: pelaporan.belu@example.org (pemkab-belu): it did not finish within 1 s and was stopped"),
            "\(result.stderr)")
        ChildProcess.expectQuick(result, within: .seconds(15))
    }
}
