import Foundation

extension AccessTableTests {
    /// The browser's routes for imports and review.
    static let importAndReviewPages: [String: Entry] = {
        typealias F = FormBodies
        // Writers somewhere: editors of any district and up, and write tokens.
        let writers = huaduWriters.union([.editorOfAnotherDistrict])
        return [
            "GET /imports": Entry(uri: "/imports", allowed: writers),
            // A Huadu row: checked for those who write Huadu; refused for an editor of Panyu (the English page quotes
            // the store's message, which `allowed` reads)
            "POST /imports": Entry(
                uri: "/imports?lang=en", body: F.multipart([("kind", nil, "enterprises"), ("file", "e.csv", enterpriseRow)]),
                contentType: F.multipartType, allowed: huaduWriters),
            // A target list: checked for analysts and admins; an editor may not store one (it has no district)
            "POST /imports/target-list": Entry(
                uri: "/imports/target-list?lang=en", body: F.multipart([("name", nil, "national"), ("file", "t.csv", targetListRow)]),
                contentType: F.multipartType, allowed: huaduWriters),
            // An upload id no one was given: sent back to the form with a notice, nothing written
            "POST /imports/commit": Entry(uri: "/imports/commit", body: "upload=unknown", contentType: F.urlEncoded, allowed: writers),
            "GET /documents/new": Entry(uri: "/documents/new", allowed: writers),
            "POST /documents": Entry(
                uri: "/documents", body: "title=t&text=" + F.encoded("花都区2024年新签约项目50个。"), contentType: F.urlEncoded, allowed: writers),
            // Fact 1 is about Huadu (the API's routes have accepted it first: sent back with a notice)
            "POST /documents/:id/facts/:fact/accept": Entry(uri: "/documents/1/facts/1/accept", contentType: F.urlEncoded, allowed: huaduWriters),
            "POST /documents/:id/facts/:fact/reject": Entry(uri: "/documents/1/facts/1/reject", contentType: F.urlEncoded, allowed: huaduWriters),
            "POST /documents/:id/accept-confident": Entry(uri: "/documents/1/accept-confident", contentType: F.urlEncoded, allowed: huaduWriters),
        ]
    }()
}

/// Bodies of browser forms, for tests.
enum FormBodies {
    static let urlEncoded = "application/x-www-form-urlencoded"
    static let boundary = "zz-boundary-7"
    static let multipartType = "multipart/form-data; boundary=\(boundary)"

    /// A multipart/form-data body of text fields and files (name, filename, content).
    static func multipart(_ parts: [(name: String, filename: String?, content: String)]) -> String {
        parts.map { part in
            let file = part.filename.map { "; filename=\"\($0)\"" } ?? ""
            return "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\"\(file)\r\n\r\n\(part.content)\r\n"
        }.joined() + "--\(boundary)--\r\n"
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
    }
}
