import Hummingbird
import KomitmenIntake

/// The intake's refusals as the API answers them: the one place a domain failure gets a status,
/// an error code and headers.
extension APIError {
    public init(_ failure: IntakeFailure) {
        let message = failure.message
        switch failure {
        case .unauthenticated:
            self.init(
                .unauthorized, "unauthenticated", message, headers: [.wwwAuthenticate: "Bearer realm=\"komitmen\""])
        case .badCredential:
            self.init(
                .unauthorized, "invalid_token", message,
                headers: [.wwwAuthenticate: "Bearer realm=\"komitmen\", error=\"invalid_token\""])
        case .tooManyFailures(let seconds):
            self.init(
                .tooManyRequests, "too_many_failed_authentications", message, headers: [.retryAfter: String(seconds)])
        case .forbidden: self.init(.forbidden, "forbidden", message)
        case .secretariatOnly: self.init(.forbidden, "secretariat_only", message)
        case .unknownSignatory: self.init(.notFound, "unknown_signatory", message)
        case .noReport: self.init(.notFound, "no_report", message)
        case .locked: self.init(.conflict, "locked", message)
        case .folderNotPlain: self.init(.conflict, "folder_not_plain", message)
        case .invalidReport: self.init(.unprocessableContent, "invalid_report", message)
        case .submittedDate, .submittedNeeded: self.init(.unprocessableContent, "submitted_date", message)
        case .invalidReview: self.init(.unprocessableContent, "invalid_review", message)
        case .quotaExceeded(let refused):
            // DESIGN: 429 `quota_exceeded`; `Retry-After` when waiting for the next day helps.
            var headers: HTTPFields = [:]
            if case .bytesPerDay(_, _, let wait) = refused { headers[.retryAfter] = String(wait) }
            self.init(.tooManyRequests, "quota_exceeded", message, headers: headers)
        case .repositoryHasErrors: self.init(.serviceUnavailable, "repository_has_errors", message)
        case .internalFailure: self.init(.internalServerError, "internal_error", message)
        }
        if let listed = failure.listedDiagnostics {
            diagnostics = listed.diagnostics
            omitted = listed.omitted
        }
    }
}
