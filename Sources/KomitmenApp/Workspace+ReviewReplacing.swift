import Foundation
import KomitmenCore

extension Workspace {
    /// This workspace with the review of `signatory`'s report for `quarter` replaced by `review`
    /// (a draft just written) or removed (nil), without reading anything again: the old review and
    /// every diagnostic of its file go. The server's review route keeps its repository current
    /// through here, as a filing does through `replacingReport`.
    public func replacingReview(_ review: Review?, quarter: Quarter, signatory: String) -> Workspace {
        let relative = "reviews/\(quarter)/\(signatory).yaml"
        let path = Repository.reviewPath(root: repository.root, quarter: quarter, signatory: signatory)
        var repository = self.repository
        let before = repository.reviews.count
        repository.reviews.removeAll { $0.signatory == signatory && $0.period == quarter }
        let hadFile =
            before != repository.reviews.count || repository.diagnostics.contains { $0.file == path }
            || repository.omitted[path] != nil
        repository.diagnostics.removeAll { $0.file == path }
        repository.omitted[path] = nil
        repository.sources[path] = nil
        let onDisk = (self.repository.root as NSString).appendingPathComponent(relative)
        if var review {
            review.file = path
            let index =
                repository.reviews.firstIndex { ($0.period, $0.signatory) > (quarter, signatory) }
                ?? repository.reviews.endIndex
            repository.reviews.insert(review, at: index)
            if !hadFile { repository.fileCount += 1 }
            if let identity = FileIdentity(path: onDisk) { repository.readFiles.insert(identity) }
        } else if hadFile {
            repository.fileCount -= 1
        }
        return Workspace(repository: repository, options: options, revision: revision.changing(signatory))
    }
}
