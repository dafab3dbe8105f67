import Foundation
import Hummingbird
import KomitmenApp
import KomitmenCore
import KomitmenIntake
import KomitmenRender
import KomitmenState

extension APIRoutes {
    @Sendable func getReport(_ request: Request, _ context: ServerContext) async throws -> Response {
        let (_, quarter, signatory, _) = try await target(request, context)
        switch RootFile.read(
            root: services.root, "reports/\(quarter)/\(signatory.id).yaml",
            limit: services.configuration.limits.maxFileBytes)
        {
        case .bytes(let bytes): return Self.yaml(bytes)
        case .missing, .refused: throw IntakeFailure.noReport(quarter, signatory: signatory.id)
        }
    }

    @Sendable func putReport(_ request: Request, _ context: ServerContext) async throws -> Response {
        let limit = services.configuration.maxBodyBytes
        // The declared length and type were checked first (`BodyPrecheck`): a 500 MiB body is
        // refused before it is read.
        let (account, quarter, signatory, _) = try await target(request, context)
        let bytes = try await RequestBodyReader.read(request, limit: limit)
        let filed = try await services.file(bytes, quarter: quarter, signatory: signatory.id, by: account)
        return JSONResponse.make(
            try FilingAnswer.json(filed, APILanguage.of(request)), status: filed.replaced ? .ok : .created)
    }

    @Sendable func getVersions(_ request: Request, _ context: ServerContext) async throws -> Response {
        let (_, quarter, signatory, workspace) = try await target(request, context)
        let versions = try services.store.versions(signatory: signatory.id, quarter: quarter)
        let zone = workspace.repository.declaration?.timeZone ?? Declaration.defaultTimeZone
        return JSONResponse.make(
            try JSONValue(
                encoding: VersionsAnswer(
                    signatory: signatory.id, quarter: "\(quarter)", versions: versions.map { $0.answered(in: zone) })))
    }

    @Sendable func getVersion(_ request: Request, _ context: ServerContext) async throws -> Response {
        let (_, quarter, signatory, _) = try await target(request, context)
        let text = context.parameters.get("number") ?? ""
        guard text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let number = Int(text),
            number >= 1
        else {
            throw APIError.badParameter(
                "version", text, expected: .init(en: "a whole number from 1", id: "bilangan bulat mulai 1"))
        }
        guard let version = try services.store.version(number, signatory: signatory.id, quarter: quarter) else {
            throw APIError.noVersion(number)
        }
        var response = Self.yaml(version.bytes)
        response.headers[.eTag] = "\"\(version.receipt.sha256)\""
        return response
    }

    @Sendable func getTemplate(_ request: Request, _ context: ServerContext) async throws -> Response {
        let (_, quarter, signatory, workspace) = try await target(request, context)
        switch workspace.reportDraft(signatory: signatory.id, quarter: quarter, for: .served) {
        case .success(let draft):
            return Self.yaml(Array(draft.text.utf8))
        case .failure(let failure):
            if case .declarationHasErrors(let validation) = failure {
                throw IntakeFailure.repositoryHasErrors(validation.errorCount)
            }
            throw APIError(.unprocessableContent, "no_template", failure.message)
        }
    }
}
