import Foundation
import KomitmenText

/// The folders `new-report` writes into, `reports/` and `reports/YYYY-Qn/`: made when missing,
/// never a link (a write through it would land outside the repository), never a file.
public enum ReportFolder {
    /// Makes `path` a folder if there is nothing there; nil when it is a real folder, else why not.
    public static func prepare(_ path: String) -> Phrase? {
        var status = stat()
        if lstat(path, &status) != 0 {
            guard errno == ENOENT else { return failure(path, errno) }
            // Modes as FileManager would give them: 0777 less the umask.
            if mkdir(path, 0o777) == 0 { return nil }
            guard errno == EEXIST, lstat(path, &status) == 0 else { return failure(path, errno) }
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            return nil
        case S_IFLNK:
            return FilesWords.folderIsALink(path)
        default:
            return FilesWords.folderIsAFile(path)
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> Phrase {
        let reason = String(cString: strerror(code))
        return FilesWords.couldNotMakeTheFolder(path, reason: reason)
    }
}
