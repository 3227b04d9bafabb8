import Foundation

/// Longitude/latitude to SVG pixels: an equirectangular projection at the extent's middle latitude (x scaled by
/// its cosine, so shapes keep their proportions there), north up, fitted into `width` with `padding` around.
/// Over a city or a province (a few degrees) the distortion against a conformal projection stays under 1 %.
public struct MapProjection: Sendable {
    public let width: Double
    public let height: Double
    let west: Double, north: Double, scale: Double, cosine: Double, padding: Double

    /// A projection fitting every point of `rings` (longitude, latitude) into `width` pixels.
    public init(fitting rings: [[(Double, Double)]], width: Double, padding: Double = 12) {
        let points = rings.joined()
        let west = points.map(\.0).min() ?? 0, east = points.map(\.0).max() ?? 1
        let south = points.map(\.1).min() ?? 0, north = points.map(\.1).max() ?? 1
        let cosine = cos((south + north) / 2 * .pi / 180)
        let spanX = max((east - west) * cosine, 1e-9), spanY = max(north - south, 1e-9)
        let scale = (width - 2 * padding) / spanX
        self.width = width
        self.height = (spanY * scale + 2 * padding).rounded()
        self.west = west
        self.north = north
        self.scale = scale
        self.cosine = cosine
        self.padding = padding
    }

    /// The pixel of (longitude, latitude).
    public func point(_ longitude: Double, _ latitude: Double) -> (x: Double, y: Double) {
        (padding + (longitude - west) * cosine * scale, padding + (north - latitude) * scale)
    }

    /// SVG path data for `rings`, one closed subpath each.
    public func path(_ rings: [[(Double, Double)]]) -> String {
        rings.map { ring in
            ring.enumerated().map { index, position in
                let p = point(position.0, position.1)
                return (index == 0 ? "M" : "L") + SVG.number(p.x) + "," + SVG.number(p.y)
            }.joined() + "Z"
        }.joined()
    }

    /// Where to write a label for an area: the centroid of its largest ring (area-weighted), and that ring's area
    /// in square pixels (small areas get no label).
    public func labelPoint(_ rings: [[(Double, Double)]]) -> (x: Double, y: Double, area: Double)? {
        var best: (x: Double, y: Double, area: Double)?
        for ring in rings where ring.count >= 3 {
            let pixels = ring.map { point($0.0, $0.1) }
            var twiceArea = 0.0, cx = 0.0, cy = 0.0
            for (a, b) in zip(pixels, pixels.dropFirst() + [pixels[0]]) {
                let cross = a.x * b.y - b.x * a.y
                twiceArea += cross
                cx += (a.x + b.x) * cross
                cy += (a.y + b.y) * cross
            }
            guard abs(twiceArea) > 1e-9 else { continue }
            let area = abs(twiceArea) / 2
            if area > best?.area ?? 0 { best = (cx / (3 * twiceArea), cy / (3 * twiceArea), area) }
        }
        return best
    }
}
