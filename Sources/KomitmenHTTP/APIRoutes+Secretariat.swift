import Foundation
import Hummingbird
import KomitmenApp
import KomitmenCore
import KomitmenIntake
import KomitmenRender
import KomitmenState
import KomitmenYAML

extension APIRoutes {
    /// The status grid: every signatory's filing state per quarter, through the latest due.
    @Sendable func getStatus(_ request: Request, _ context: ServerContext) async throws -> Response {
        _ = try secretariat(context)
        let language = APILanguage.of(request)
        let (workspace, generation) = await services.workspaceAndGeneration()
        let asOf = try Self.date(request, "as_of", within: QueryBounds(today: workspace.today))
        let key = ResponseCache.Key(
            kind: "status", quarter: nil, asOf: asOf ?? workspace.today, language: language.rawValue)
        let bytes = try await services.responses.answer(key, generation: generation) {
            let summary = try Self.summary(services.summaries, workspace, quarter: nil, asOf: key.asOf)
            return JSONResponse.bytes(
                .object([
                    "as_of": .string("\(summary.asOf)"),
                    "quarters": .array(summary.quarters.map { .string("\($0)") }),
                    "signatories": .array(
                        summary.signatories.map { signatory in
                            .object([
                                "id": .string(signatory.id), "name": .string(signatory.name),
                                "stakeholder": .string(signatory.stakeholder),
                                "filings": .array(
                                    summary.quarters.indices.map { .string(signatory.filing(atQuarter: $0).rawValue) }),
                            ])
                        }),
                    "language": .string(language.rawValue),
                ]))
        }
        return Self.json(bytes)
    }

    /// `summary --format json` of `quarter` as of `as_of` (both optional), with `only_approved=true`
    /// and `public=true` as `--only-approved` and `--public`.
    @Sendable func getSummary(_ request: Request, _ context: ServerContext) async throws -> Response {
        _ = try secretariat(context)
        let language = APILanguage.of(request)
        // Cached per workspace generation: reads between two filings cost a lookup.
        let (workspace, generation) = await services.workspaceAndGeneration()
        let bounds = QueryBounds(today: workspace.today)
        let quarter = try request.uri.queryParameters.get("quarter").map { text throws(APIError) in
            try bounds.quarter(text)
        }
        let asOf = try Self.date(request, "as_of", within: bounds)
        let options = SummaryOptions(
            onlyApproved: try Self.flag(request, "only_approved"),
            withoutReviewComments: try Self.flag(request, "public"))
        let kind =
            "summary" + (options.onlyApproved ? "+only-approved" : "")
            + (options.withoutReviewComments ? "+public" : "")
        let key = ResponseCache.Key(
            kind: kind, quarter: quarter, asOf: asOf ?? workspace.today, language: language.rawValue)
        let chosen = quarter
        let memo = services.summaries
        let bytes = try await services.responses.answer(key, generation: generation) {
            try Self.answer(memo.json(workspace, quarter: chosen, asOf: key.asOf, options: options, language: language))
        }
        return Self.json(bytes)
    }

    /// A cached JSON answer.
    static func json(_ bytes: [UInt8]) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// Audit entries after sequence number `after` (default 0), at most 1000 at a time.
    @Sendable func getAudit(_ request: Request, _ context: ServerContext) async throws -> Response {
        _ = try secretariat(context)
        let text = request.uri.queryParameters.get("after") ?? "0"
        guard text.utf8.count <= 18, !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let after = Int64(text)
        else {
            throw APIError.badParameter(
                "after", text, expected: .init(en: "a whole number from 0", id: "bilangan bulat mulai 0"))
        }
        let entries = try services.store.auditEntries(after: after, limit: 1000)
        return JSONResponse.make(
            try JSONValue(encoding: AuditAnswer(entries: entries, last: entries.last?.seq ?? after)))
    }

    @Sendable func putReview(_ request: Request, _ context: ServerContext) async throws -> Response {
        let limit = services.configuration.maxBodyBytes
        let account = try secretariat(context)
        let (quarter, id) = try Self.pathParts(context)
        _ = try services.signatory(id, for: account, in: await services.workspace())
        let (approved, comment) = try Self.reviewBody(try await RequestBodyReader.read(request, limit: limit))
        let review = try await services.setReview(
            approved: approved, comment: comment, quarter: quarter, signatory: id, by: account)
        return JSONResponse.make(try JSONValue(encoding: ReviewAnswer(review, signatory: id, quarter: quarter)))
    }

    @Sendable func deleteReview(_ request: Request, _ context: ServerContext) async throws -> Response {
        let account = try secretariat(context)
        let (quarter, id) = try Self.pathParts(context)
        _ = try services.signatory(id, for: account, in: await services.workspace())
        _ = try await services.removeReview(quarter: quarter, signatory: id, by: account)
        return Response(status: .noContent)
    }

    // MARK: - Helpers

    /// `{"state": "approved" | "changes-requested", "comment": "..."}`; 422 otherwise.
    static func reviewBody(_ bytes: [UInt8]) throws(APIError) -> (approved: Bool, comment: String?) {
        let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any]
        guard let object, let state = object["state"] as? String, ["approved", "changes-requested"].contains(state)
        else {
            throw .invalidReview(APIError.reviewBodyShape)
        }
        let comment = object["comment"]
        if comment != nil && !(comment is String) && !(comment is NSNull) {
            throw .invalidReview(APIError.commentNotText)
        }
        let text = comment as? String
        if let text, text.count > 4000 {
            throw .invalidReview(IntakeWords.commentTooLong)
        }
        return (state == "approved", text?.isEmpty == true ? nil : text)
    }

    /// Query parameter `name` as `true` or `false` (400 otherwise); false when not given.
    static func flag(_ request: Request, _ name: String) throws(APIError) -> Bool {
        guard let text = request.uri.queryParameters.get(name) else { return false }
        switch text {
        case "true": return true
        case "false": return false
        default:
            throw APIError.badParameter(
                name, String(text.prefix(40)), expected: .init(en: "true or false", id: "true atau false"))
        }
    }

    /// The date of query parameter `name`, within `bounds` (400 otherwise); nil when not given.
    static func date(_ request: Request, _ name: String, within bounds: QueryBounds) throws(APIError)
        -> CalendarDate?
    {
        guard let text = request.uri.queryParameters.get(name) else { return nil }
        return try bounds.date(text, name: name)
    }

    /// The summary of `workspace` (the rows of unchanged signatories from `memo`), or the API's error.
    static func summary(
        _ memo: SummaryMemo, _ workspace: Workspace, quarter: Quarter?, asOf: CalendarDate?
    ) throws -> Summary {
        try answer(memo.summary(workspace, quarter: quarter, asOf: asOf))
    }

    static func answer<T>(_ result: Result<T, SummaryFailure>) throws -> T {
        switch result {
        case .success(let value): return value
        case .failure(.repositoryHasErrors(let validation)):
            throw IntakeFailure.repositoryHasErrors(validation.errorCount)
        case .failure(.cannotSummarize(let error)): throw APIError.cannotAnswer(error.message)
        }
    }
}
