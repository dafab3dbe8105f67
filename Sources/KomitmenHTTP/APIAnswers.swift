import KomitmenApp
import KomitmenCore
import KomitmenIntake
import KomitmenRender
import KomitmenState

/// `GET /api/v1/reports/Q/ID/versions`: every stored version's receipt, oldest first.
struct VersionsAnswer: Encodable {
    var signatory: String
    var quarter: String
    /// `received` in the declaration's time zone (`Receipt.answered(in:)`).
    var versions: [Receipt]
}

/// `GET /api/v1/audit`: entries after `after`, and the last sequence number answered (`after`
/// itself when there are none).
struct AuditAnswer: Encodable {
    var entries: [AuditEntry]
    var last: Int64
}

/// `PUT /api/v1/reviews/Q/ID`: the review as set; `comment` null when there is none.
struct ReviewAnswer: Encodable {
    var signatory: String
    var quarter: String
    var state: ReviewState
    var by: String
    var on: String
    var comment: String?

    init(_ review: Review, signatory: String, quarter: Quarter) {
        self.signatory = signatory
        self.quarter = "\(quarter)"
        state = review.state
        by = review.by
        on = "\(review.on)"
        comment = review.comment
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(signatory, forKey: .signatory)
        try container.encode(quarter, forKey: .quarter)
        try container.encode(state, forKey: .state)
        try container.encode(by, forKey: .by)
        try container.encode(on, forKey: .on)
        try container.encode(comment, forKey: .comment)
    }

    enum CodingKeys: String, CodingKey {
        case signatory, quarter, state, by, on, comment
    }
}

/// `PUT /api/v1/reports/Q/ID` accepted: the receipt, with the report's warnings (only errors
/// refuse a filing), each as `validate --format json` writes it and placed as in the body sent;
/// at most `IntakeFailure.maxDiagnostics` of them, `warnings_omitted` saying how many more.
enum FilingAnswer {
    static func json(_ filed: Filed, _ language: Language) throws -> JSONValue {
        let receipt = try JSONValue(encoding: filed.receipt.answered(in: filed.zone))
        guard case .object(var members) = receipt else { return receipt }
        let listed = filed.warnings.prefix(IntakeFailure.maxDiagnostics)
        members["warnings"] = .array(listed.map { Validation.json($0, language) })
        members["warnings_omitted"] = .number(filed.warnings.count - listed.count)
        return .object(members)
    }
}
