import Foundation
import Testing

/// Hostile and broken input: clear errors, no crash, no hang, nothing modified; validation goes on.
@Suite struct ValidateRobustnessTests {
    func validate(_ path: String, bytes: [UInt8]) throws -> KomitmenBinary.Result {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(path, bytes: bytes)
        return try repository.validate()
    }

    @Test func invalidUTF8HasALineAndColumn() throws {
        let bytes =
            Array("signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nnarrative: caf".utf8) + [0xE9]
            + Array("\n".utf8)
        let result = try validate("reports/2025-Q4/polda-ntt.yaml", bytes: bytes)
        #expect(result.status == 1)
        #expect(result.lines.contains("repo/reports/2025-Q4/polda-ntt.yaml:4:15: error: invalid UTF-8 byte sequence"))
    }

    @Test func aliasBombIsRefusedQuickly() throws {
        var text =
            "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nnarrative: x\nevidence: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...12 {
            text +=
                "x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let result = try validate("reports/2025-Q4/polda-ntt.yaml", bytes: Array(text.utf8))
        #expect(result.status == 1)
        // The byte budget (10 times this file of 822 bytes) stops it before the node budget would:
        // a0 holds 27 bytes, a1 243, a2 2,187; x1 and x2 add 2,430, and the third *a2 on line 8 passes 8,220.
        #expect(
            result.lines.contains(
                "repo/reports/2025-Q4/polda-ntt.yaml:8:20: error: aliases expand to too much text (more than 8220 bytes: 1 MiB or 10 times the file's size, whichever is less)"
            ), "\(result.stdout)")
        ChildProcess.expectQuick(result, "refusing an alias bomb")
    }

    @Test func deepNestingIsRefused() throws {
        let text = "signatory: polda-ntt\nnarrative: " + String(repeating: "[", count: 50_000) + "\n"
        let result = try validate("reports/2025-Q4/polda-ntt.yaml", bytes: Array(text.utf8))
        #expect(result.status == 1)
        // The mapping is level 1; the 256th '[' (column 12 + 255 = 267) is level 257.
        #expect(
            result.lines.contains(
                "repo/reports/2025-Q4/polda-ntt.yaml:2:267: error: nesting is too deep (more than 256 levels)"))
        ChildProcess.expectQuick(result, "refusing 50,000 levels of nesting")
    }

    @Test func hugeFileIsRefusedBeforeParsing() throws {
        var bytes = Array("signatory: polda-ntt\nnarrative: |\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 17 << 20)
        let result = try validate("reports/2025-Q4/polda-ntt.yaml", bytes: bytes)
        #expect(result.status == 1)
        #expect(
            result.lines.contains(
                "repo/reports/2025-Q4/polda-ntt.yaml:1:1: error: file is too large (16777217 bytes; at most 16777216 are read)"
            ))
    }

    @Test func validationGoesOnToFindTheRest() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(
            "reports/2025-Q4/polda-ntt.yaml",
            "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvalues:\n  tppo_cases_investigated: -1\n  victims_rescued: lots\n"
        )
        try repository.write(
            "reports/2025-Q3/pemkab-belu.yaml",
            "signatory: pemkab-belu\nperiod: 2025-Q3\nsubmitted: 2025-10-20\nvalues: [\n")
        let result = try repository.validate()
        #expect(result.status == 1)
        let errors = result.lines.filter { $0.contains(": error: ") }
        // Diagnostics come in file, then line order: reports/2025-Q3 before reports/2025-Q4.
        #expect(errors.count == 3)
        #expect(errors.first?.hasPrefix("repo/reports/2025-Q3/pemkab-belu.yaml:5:1: error: YAML syntax error") == true)
        #expect(errors.dropFirst().first?.hasPrefix("repo/reports/2025-Q4/polda-ntt.yaml:5:28:") == true)
        #expect(errors.last?.hasPrefix("repo/reports/2025-Q4/polda-ntt.yaml:6:20:") == true)
        #expect(result.stdout.hasSuffix("3 errors, 0 warnings in 8 files\n"))
    }

    @Test func validateNeverModifiesWhatItReads() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(atPath: repository.root.path)
            while let path = enumerator?.nextObject() as? String {
                let url = repository.root.appendingPathComponent(path)
                if let data = FileManager.default.contents(atPath: url.path) { files[path] = data }
            }
            return files
        }
        try repository.write("reports/2025-Q4/polda-ntt.yaml", "values: [\n")
        let before = try snapshot()
        _ = try repository.validate()
        _ = try repository.validate(["--format", "json"])
        #expect(try snapshot() == before)
    }

    @Test func jsonFormat() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(
            "reports/2025-Q4/polda-ntt.yaml",
            "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvalues:\n  victim_rescued: 1\n")
        let result = try repository.validate(["--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 1)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["file"] as? String == "repo/reports/2025-Q4/polda-ntt.yaml")
        #expect(diagnostics.first?["line"] as? Int == 5)
        #expect(diagnostics.first?["column"] as? Int == 3)
        #expect(diagnostics.first?["severity"] as? String == "error")
        #expect(diagnostics.first?["message"] as? String == "unknown indicator 'victim_rescued' for a police signatory")
        #expect(diagnostics.first?["hint"] as? String == "did you mean 'victims_rescued'?")
    }

    @Test func indonesianMessages() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(
            "reports/2025-Q4/polda-ntt.yaml",
            "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvalues:\n  victims_rescued: 1.234\n")
        let result = try repository.validate(["--lang", "id"])
        #expect(
            result.lines.contains(
                "repo/reports/2025-Q4/polda-ntt.yaml:5:20: error: seharusnya bilangan bulat (0 atau lebih), tertulis '1.234' (titik bukan pemisah ribuan di sini)"
            ))
        #expect(
            result.lines.contains(
                "saran: '1.234' tampaknya memakai titik sebagai pemisah ribuan; tulis 1234 tanpa titik"))
        #expect(result.stdout.hasSuffix("1 kesalahan, 0 peringatan dalam 8 berkas\n"))
    }

    @Test func absolutePathsInsideTheCurrentFolderPrintRelative() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(
            "reports/2025-Q4/polda-ntt.yaml",
            "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvalues:\n  victim_rescued: 1\n")
        let result = try repository.run(["validate", repository.root.path])
        #expect(result.lines.contains { $0.hasPrefix("repo/reports/2025-Q4/polda-ntt.yaml:5:3: error:") })
    }
}
