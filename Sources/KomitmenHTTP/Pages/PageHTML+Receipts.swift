import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRender
import KomitmenState

extension PageHTML {
    /// When a version was received, as the declaration's clock reads it ("2026-12-08 10:15:00+08:00").
    static func localTime(_ receipt: Receipt, _ zone: TimeZone) -> String {
        receipt.received(in: zone).replacingOccurrences(of: "T", with: " ")
    }

    /// The mark of a replacement after the due date that changed a value.
    static func lateCorrectionBadge(_ language: Language) -> HTML {
        "<span class=\"badge late-correction\">\(PageWords.lateCorrection, in: language)</span>"
    }
}

extension Workspace {
    /// The declaration's time zone (UTC without a declaration).
    var zone: TimeZone { repository.declaration?.timeZone ?? Declaration.defaultTimeZone }
}
