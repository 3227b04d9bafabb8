extension HTML {
    /// A chart drawn twice: `wide` for laptops and print, `narrow` (its phone layout, about 400 px wide) for screens
    /// up to 640 px, where the wide one would shrink its text below reading size. The stylesheet shows one.
    static func responsiveChart(wide: String, narrow: String) -> HTML {
        "<div class=\"chart-wide\">\(HTML(raw: wide))</div><div class=\"chart-narrow\">\(HTML(raw: narrow))</div>"
    }
}
