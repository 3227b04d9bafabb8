import Foundation

/// The eigenvector of the second-largest eigenvalue of a symmetric positive semi-definite operator whose
/// largest eigenpair is known (eigenvalue `topValue`, unit vector `top`).
///
/// Lanczos iteration in the space orthogonal to `top` (deflation), with full re-orthogonalisation (two
/// Gram–Schmidt passes) so the basis stays orthonormal to rounding; the small tridiagonal problem is solved by
/// cyclic Jacobi rotations. It stops when the Ritz residual ‖A x − θ x‖ is below 1e-13 or the basis spans the
/// whole deflated space (then the answer is exact up to rounding). The operator is only applied, never stored.
enum SecondEigenvector {
    /// The unit eigenvector and its eigenvalue, or nil when the space orthogonal to `top` is empty.
    static func solve(dimension n: Int, top: [Double], apply: ([Double]) -> [Double]) -> (vector: [Double], value: Double)? {
        guard n >= 2 else { return nil }
        let limit = n - 1
        var basis: [[Double]] = []
        var alphas: [Double] = []
        var betas: [Double] = []
        // A fixed pseudo-random start (same answer on every run), orthogonal to `top`.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var start = (0..<n).map { _ -> Double in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) + 0.5
        }
        orthogonalise(&start, against: [top])
        orthogonalise(&start, against: [top])
        normalise(&start)
        basis.append(start)
        var checkpoint = min(limit, 24)
        while true {
            let step = basis.count - 1
            var next = apply(basis[step])
            let alpha = dot(basis[step], next)
            alphas.append(alpha)
            for index in 0..<n {
                next[index] -= alpha * basis[step][index]
                if step > 0 { next[index] -= betas[step - 1] * basis[step - 1][index] }
            }
            orthogonalise(&next, against: [top] + basis)
            orthogonalise(&next, against: [top] + basis)
            let beta = norm(next)
            let exhausted = basis.count == limit || beta < 1e-14
            if exhausted || basis.count == checkpoint {
                let (value, ritz) = largestEigenpair(diagonal: alphas, offDiagonal: betas)
                let residual = abs(beta * ritz[ritz.count - 1])
                if exhausted || residual < 1e-13 {
                    var vector = [Double](repeating: 0, count: n)
                    for (coefficient, column) in zip(ritz, basis) {
                        for index in 0..<n { vector[index] += coefficient * column[index] }
                    }
                    normalise(&vector)
                    return (vector, value)
                }
                checkpoint = min(limit, checkpoint * 2)
            }
            betas.append(beta)
            basis.append(next.map { $0 / beta })
        }
    }

    /// The largest eigenvalue of the symmetric tridiagonal matrix and its unit eigenvector (cyclic Jacobi).
    static func largestEigenpair(diagonal: [Double], offDiagonal: [Double]) -> (Double, [Double]) {
        let size = diagonal.count
        var matrix = [Double](repeating: 0, count: size * size)
        for index in 0..<size { matrix[index * size + index] = diagonal[index] }
        for index in 0..<min(offDiagonal.count, size - 1) {
            matrix[index * size + index + 1] = offDiagonal[index]
            matrix[(index + 1) * size + index] = offDiagonal[index]
        }
        let (values, vectors) = jacobiEigen(matrix, size: size)
        let best = values.indices.max { values[$0] < values[$1] }!
        return (values[best], (0..<size).map { vectors[$0 * size + best] })
    }

    /// Eigenvalues and eigenvectors (as columns, row-major) of a dense symmetric matrix by cyclic Jacobi.
    static func jacobiEigen(_ input: [Double], size: Int) -> ([Double], [Double]) {
        var matrix = input
        var vectors = [Double](repeating: 0, count: size * size)
        for index in 0..<size { vectors[index * size + index] = 1 }
        for _ in 0..<100 {
            var offNorm = 0.0, fullNorm = 0.0
            for row in 0..<size {
                for column in 0..<size {
                    let square = matrix[row * size + column] * matrix[row * size + column]
                    fullNorm += square
                    if row != column { offNorm += square }
                }
            }
            if offNorm <= 1e-32 * fullNorm || offNorm == 0 { break }
            for p in 0..<size {
                for q in (p + 1)..<size {
                    let apq = matrix[p * size + q]
                    if apq == 0 { continue }
                    let app = matrix[p * size + p], aqq = matrix[q * size + q]
                    let theta = (aqq - app) / (2 * apq)
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<size {
                        let akp = matrix[k * size + p], akq = matrix[k * size + q]
                        matrix[k * size + p] = c * akp - s * akq
                        matrix[k * size + q] = s * akp + c * akq
                    }
                    for k in 0..<size {
                        let apk = matrix[p * size + k], aqk = matrix[q * size + k]
                        matrix[p * size + k] = c * apk - s * aqk
                        matrix[q * size + k] = s * apk + c * aqk
                    }
                    for k in 0..<size {
                        let vkp = vectors[k * size + p], vkq = vectors[k * size + q]
                        vectors[k * size + p] = c * vkp - s * vkq
                        vectors[k * size + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<size).map { matrix[$0 * size + $0] }, vectors)
    }

    static func dot(_ left: [Double], _ right: [Double]) -> Double {
        var sum = 0.0
        for index in left.indices { sum += left[index] * right[index] }
        return sum
    }

    static func norm(_ vector: [Double]) -> Double { dot(vector, vector).squareRoot() }

    static func normalise(_ vector: inout [Double]) {
        let length = norm(vector)
        for index in vector.indices { vector[index] /= length }
    }

    /// Removes from `vector` its components along each of the orthonormal `directions`.
    static func orthogonalise(_ vector: inout [Double], against directions: [[Double]]) {
        for direction in directions {
            let component = dot(vector, direction)
            for index in vector.indices { vector[index] -= component * direction[index] }
        }
    }
}
