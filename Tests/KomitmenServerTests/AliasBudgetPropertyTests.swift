import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenApp
import KomitmenCore
import KomitmenHTTP
import KomitmenRender
import KomitmenYAML
import Testing

/// The alias budget as a property (issue 21): random reports full of anchors and aliases
/// (`AliasReportGenerator`, seeded) compose exactly when what their aliases add stays within
/// DESIGN's budget (1 MiB of text or 10 times the file, 100,000 nodes), to a tree whose scalars
/// hold exactly the bytes counted; and through the server (validate on filing, the form page
/// for the signatory and the secretariat, the review and version pages, the summary pages and
/// every summary renderer) no page is larger than a page may be and no summary grows.
@Suite struct AliasBudgetPropertyTests {
    static let pageLimit = 200_000

    static func budget(_ text: String) -> Int { YAMLLimits.standard.aliasByteBudget(forTextOf: text.utf8.count) }

    static func refused(_ generated: AliasReportGenerator.Case) -> Bool {
        generated.aliasBytes > budget(generated.text)
            || generated.aliasNodes > YAMLLimits.standard.maxAliasExpansion
    }

    /// The bytes of every scalar under `node`, through aliases (shared nodes count each time).
    static func scalarBytes(_ node: Node) -> Int {
        switch node.content {
        case .scalar(let scalar): scalar.value.utf8.count
        case .sequence(let items): items.reduce(0) { $0 + scalarBytes($1) }
        case .mapping(let pairs): pairs.reduce(0) { $0 + scalarBytes($1.key) + scalarBytes($1.value) }
        }
    }

    @Test func composedTreesStayWithinTheBudgetAndRefusalsAreAtAnAlias() throws {
        var refusals = 0
        for seed in UInt64(1)...600 {
            let generated = AliasReportGenerator.generate(seed: seed)
            let source = SourceText(path: "r.yaml", text: generated.text)
            switch Result(catching: { () throws(YAMLError) in try YAMLDocument.parse(source) }) {
            case .success(let document):
                #expect(
                    !Self.refused(generated),
                    "seed \(seed): composed, yet its aliases add \(generated.aliasBytes) bytes")
                let bytes = Self.scalarBytes(try #require(document.root))
                #expect(bytes == generated.scalarBytes, "seed \(seed)")
                #expect(bytes <= generated.text.utf8.count + Self.budget(generated.text), "seed \(seed)")
            case .failure(let error):
                refusals += 1
                #expect(Self.refused(generated), "seed \(seed): refused within the budget: \(error.message.en)")
                #expect(error.code == .aliasExpansion, "seed \(seed)")
                // At an alias: the text there starts with `*`.
                let lines = generated.text.split(separator: "\n", omittingEmptySubsequences: false)
                let line = Array(lines[error.mark.line - 1].unicodeScalars)
                #expect(line[error.mark.column - 1] == "*", "seed \(seed): not at an alias")
            }
        }
        // Both sides of the budget were tried often.
        print("alias budget property: \(refusals) of 600 texts refused, the rest composed within the budget")
        #expect(refusals > 30 && refusals < 570, "\(refusals) of 600 refused")
    }

    @Test func servedPagesAndSummariesStayBounded() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        var configuration = fixture.configuration()
        configuration.pages = Pages()
        let options = LoadOptions(
            root: fixture.root, registry: configuration.registry, limits: configuration.limits,
            today: configuration.today)
        let path = "/api/v1/reports/2026-Q3/dprd-ntt"
        try await fixture.withClient(configured: configuration) { client in
            let clerk = PageClient(client)
            try await clerk.login(fixture.signatoryToken)
            let secretariat = PageClient(client)
            try await secretariat.login(fixture.secretariatToken)
            var filed = 0
            var largestPage = 0
            var refused = 0
            // The summaries show no narrative or evidence: whatever a case files, they stay about the
            // size they were (values and entries of one report move a few figures).
            let summaryBefore = try await client.call(
                .get, "/api/v1/summary?quarter=2026-Q3", token: fixture.secretariatToken
            ).body.readableBytes
            let before = try Workspace.load(options).summary(quarter: Quarter("2026-Q3")).get()
            var renderedBefore: [String: Int] = [:]
            for format in SummaryFormat.allCases {
                for language in [Language.id, .en] {
                    renderedBefore["\(format) \(language)"] =
                        RenderedDocument.render(before, format: format, language: language).bytes.count
                }
            }
            func bound(_ size: Int) -> Int { size + size / 10 + 10_000 }
            for seed in UInt64(1_001)...1_060 {
                let generated = AliasReportGenerator.generate(seed: seed)
                let response = try await client.call(.put, path, token: fixture.secretariatToken, body: generated.text)
                if generated.text.utf8.count > 1 << 20 {
                    #expect(response.status == .contentTooLarge, "seed \(seed)")
                } else if Self.refused(generated) {
                    refused += 1
                    #expect(response.status == .unprocessableContent, "seed \(seed)")
                    let diagnostics = response.json["diagnostics"] as? [[String: Any]] ?? []
                    #expect(diagnostics.map { $0["code"] as? String } == ["alias-expansion"], "seed \(seed)")
                } else if response.status == .created || response.status == .ok {
                    filed += 1
                } else {
                    #expect(response.status == .unprocessableContent, "seed \(seed): \(response.status)")
                    if ProcessInfo.processInfo.environment["ALIAS_CASES"] != nil {
                        let diagnostics = response.json["diagnostics"] as? [[String: Any]] ?? []
                        print("CASE \(seed) \(diagnostics.compactMap { $0["code"] as? String })")
                    }
                }
                var pages = [(clerk, "/reports/2026-Q3/dprd-ntt"), (secretariat, "/reports/2026-Q3/dprd-ntt")]
                pages += [
                    (secretariat, "/reports/2026-Q3/dprd-ntt/review"),
                    (secretariat, "/secretariat/summary?quarter=2026-Q3"),
                    (secretariat, "/secretariat/summary/dprd-ntt?quarter=2026-Q3"),
                ]
                if filed > 0 { pages.append((clerk, "/reports/2026-Q3/dprd-ntt/versions/\(filed)")) }
                for (browser, page) in pages {
                    let answer = try await browser.get(page)
                    largestPage = max(largestPage, answer.body.readableBytes)
                    #expect(answer.status == .ok, "seed \(seed): \(page) answered \(answer.status)")
                    #expect(
                        answer.body.readableBytes <= Self.pageLimit,
                        "seed \(seed): \(page) is \(answer.body.readableBytes) bytes")
                }
                let summary = try await client.call(
                    .get, "/api/v1/summary?quarter=2026-Q3", token: fixture.secretariatToken)
                #expect(
                    summary.status == .ok && summary.body.readableBytes <= bound(summaryBefore),
                    "seed \(seed): the summary is \(summary.body.readableBytes) bytes, \(summaryBefore) before")
                // Every renderer, on the record as the server left it (every fifth case: they are slow).
                guard seed % 5 == 0 else { continue }
                let loaded = try Workspace.load(options).summary(quarter: Quarter("2026-Q3")).get()
                for format in SummaryFormat.allCases {
                    for language in [Language.id, .en] {
                        let bytes = RenderedDocument.render(loaded, format: format, language: language).bytes
                        let size = renderedBefore["\(format) \(language)"] ?? 0
                        #expect(
                            bytes.count <= bound(size),
                            "seed \(seed): \(format) \(language) \(bytes.count), \(size) before")
                    }
                }
            }
            print(
                "alias budget property: of 60 filings \(filed) were stored, \(refused) refused at an alias; the largest page \(largestPage) bytes"
            )
            #expect(filed > 5 && refused > 5, "\(filed) filed, \(refused) refused")
        }
    }
}
