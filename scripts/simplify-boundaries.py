#!/usr/bin/env python3
"""Simplifies the boundaries in ../shared/reference/geo/ into the two files ZhizaoDataset ships.

Each ring is simplified with Douglas–Peucker at TOLERANCE degrees (distances measured in degrees, longitude
scaled by cos(latitude)); rings whose simplified form has fewer than 4 points, and islands smaller than
MIN_AREA square degrees, are dropped; coordinates are rounded to 4 decimals (about 10 m). Prints the point
counts before and after, which SOURCE.md records.

    python3 scripts/simplify-boundaries.py ../shared/reference/geo Sources/ZhizaoDataset/boundaries
"""
import json, math, os, sys

# adcode → Chinese name, from the source note (the files carry the code only).
NAMES = {
    "440100": "广州市", "440103": "荔湾区", "440104": "越秀区", "440105": "海珠区", "440106": "天河区",
    "440111": "白云区", "440112": "黄埔区", "440113": "番禺区", "440114": "花都区", "440115": "南沙区",
    "440117": "从化区", "440118": "增城区",
    "440200": "韶关市", "440300": "深圳市", "440400": "珠海市", "440500": "汕头市", "440600": "佛山市",
    "440700": "江门市", "440800": "湛江市", "440900": "茂名市", "441200": "肇庆市", "441300": "惠州市",
    "441400": "梅州市", "441500": "汕尾市", "441600": "河源市", "441700": "阳江市", "441800": "清远市",
    "441900": "东莞市", "442000": "中山市", "445100": "潮州市", "445200": "揭阳市", "445300": "云浮市",
}
# (folder, output file, level, tolerance in degrees, smallest island kept in square degrees)
SETS = [
    ("guangzhou", "guangzhou-districts.geojson", "district", 0.0015, 0.0004),
    ("guangdong", "guangdong-cities.geojson", "city", 0.006, 0.004),
]


def perpendicular(p, a, b, scale):
    ax, ay, bx, by, px, py = a[0] * scale, a[1], b[0] * scale, b[1], p[0] * scale, p[1]
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def douglas_peucker(points, tolerance, scale):
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, None
        for i in range(first + 1, last):
            d = perpendicular(points[i], points[first], points[last], scale)
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def area(ring):
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:]))) / 2


def simplify_ring(ring, tolerance, scale):
    # A closed ring is split at its farthest point from the start so both halves have distinct ends.
    far = max(range(len(ring)), key=lambda i: math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]))
    half = douglas_peucker(ring[: far + 1], tolerance, scale) + douglas_peucker(ring[far:], tolerance, scale)[1:]
    return [[round(x, 4), round(y, 4)] for x, y in half]


def main(source, target):
    os.makedirs(target, exist_ok=True)
    for folder, name, level, tolerance, min_area in SETS:
        features, before, after = [], 0, 0
        for file in sorted(os.listdir(os.path.join(source, folder))):
            geometry = json.load(open(os.path.join(source, folder, file)))
            code = geometry["properties"]["adcode"]
            if level == "district" and code == "440100":
                continue
            polygons = []
            for polygon in geometry["coordinates"]:
                outer = polygon[0]
                before += sum(len(r) for r in polygon)
                if area(outer) < min_area and polygons:
                    continue
                scale = math.cos(math.radians(outer[0][1]))
                rings = [simplify_ring(r, tolerance, scale) for r in polygon]
                rings = [r for r in rings if len(r) >= 4]
                if rings:
                    polygons.append(rings)
                    after += sum(len(r) for r in rings)
            features.append({"type": "Feature", "properties": {"adcode": code, "name": NAMES[code]},
                             "geometry": {"type": "MultiPolygon", "coordinates": polygons}})
        with open(os.path.join(target, name), "w") as out:
            json.dump({"type": "FeatureCollection", "level": level, "features": features}, out,
                      ensure_ascii=False, separators=(",", ":"))
        size = os.path.getsize(os.path.join(target, name))
        print(f"{name}: {len(features)} areas, {before} points → {after} (tolerance {tolerance}°), {size} bytes")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
