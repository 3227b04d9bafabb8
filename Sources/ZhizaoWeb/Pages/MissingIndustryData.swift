import ZhizaoCore

/// What the specialisation and opportunities pages say when the registry holds no firm with a district and an
/// industry class (the built-in dataset names a few firms without either): why nothing is computed, and the three
/// ways to give them data. Nothing is invented in their place.
enum MissingIndustryData {
    /// The explanation, for the whole registry or for one district (`place`, by name).
    static func html(place: String?, _ w: Words) -> HTML {
        let what: HTML = place.map { name -> HTML in
            "<p class=\"muted\" role=\"status\">\(w("企业名录中没有\(name)带行业代码的企业，因此无法计算它的专业化与发展机会。", "The registry holds no firm in \(name) with an industry class, so its specialisation and opportunities cannot be computed."))</p>"
        } ?? "<p class=\"muted\" role=\"status\">\(w("企业名录中没有同时带所属区（或园区）和行业代码的企业，因此无法计算区位商。", "The registry holds no firm with both a district (or park) and an industry class, so no location quotient can be computed."))</p>"
        let why: HTML = "<p>\(w("内置数据集（广州2020年）只收录来源点名的几家企业，来源没有给出它们的行业代码和所属区；本系统不会编造这些数据。可用以下任一方式补上：", "The built-in dataset (Guangzhou, 2020) holds only the few firms its source names, without industry classes or districts, and Zhizao invents none. Any of these gives the pages data:"))</p>"
        let ways: [HTML] = [
            "\(w("导入企业名录（须含所属区和4位国民经济行业代码）：", "import the registry, with each firm's district and 4-digit GB/T 4754 class: "))<code>zhizao import enterprises \(w("企业名录", "firms")).xlsx</code>\(w("，或在“导入”页上传；", ", or upload it on the Imports page;"))",
            "\(w("导入外部的地区×行业表（如统计年鉴），再按表查看发展机会：", "import an outside region × industry table (a statistical yearbook's), then see opportunities on it: "))<code>zhizao import regional \(w("表", "table")).csv --name NAME</code>\(w("，地址加", ", with "))<code>?table=NAME</code>\(w("；", " in the address;"))",
            "\(w("生成带“[合成]”标记的演示数据：", "generate a demo registry, marked [synthetic]: "))<code>zhizao generate enterprises --count 10000 &gt; firms.csv</code>\(w("，再", ", then "))<code>zhizao import enterprises firms.csv</code>\(w("。", "."))",
        ]
        return what + why + "<ul>\(ways.map { "<li>\($0)</li>" as HTML }.joined())</ul>"
    }
}
