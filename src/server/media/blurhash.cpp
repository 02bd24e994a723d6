#include "server/media/blurhash.h"

#include <QtMath>

#include <array>
#include <cmath>
#include <cstring>

namespace tusk::server::media {

namespace {

constexpr char kDigits[] =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

void appendBase83(QString &out, int value, int length)
{
    for (int i = 1; i <= length; ++i) {
        int divisor = 1;
        for (int k = 0; k < length - i; ++k)
            divisor *= 83;
        out += QLatin1Char(kDigits[(value / divisor) % 83]);
    }
}

int decodeBase83(QStringView text, bool *ok)
{
    int value = 0;
    for (QChar c : text) {
        const char *hit = c.unicode() < 128 ? std::strchr(kDigits, char(c.unicode())) : nullptr;
        if (!hit || *hit == '\0') {
            *ok = false;
            return 0;
        }
        value = value * 83 + int(hit - kDigits);
    }
    return value;
}

// sRGB ↔ linear light, as the reference implementation computes them (one table for decoding).
double srgbToLinear(int value)
{
    const double v = value / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

int linearToSrgb(double value)
{
    const double v = qBound(0.0, value, 1.0);
    if (v <= 0.0031308)
        return int(v * 12.92 * 255 + 0.5);
    return int((1.055 * std::pow(v, 1 / 2.4) - 0.055) * 255 + 0.5);
}

double signPow(double value, double exp)
{
    return std::copysign(std::pow(std::abs(value), exp), value);
}

struct Rgb {
    double r = 0, g = 0, b = 0;
};

} // namespace

QString encodeBlurhash(const QImage &input, int componentsX, int componentsY)
{
    if (input.isNull() || componentsX < 1 || componentsX > 9 || componentsY < 1 || componentsY > 9)
        return {};
    // The hash only holds 9 × 9 cosines at most: a small copy loses nothing and keeps the
    // W × H × components sum cheap for large uploads.
    QImage image = input.width() > 64 || input.height() > 64
                       ? input.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                       : input;
    image = image.convertToFormat(QImage::Format_RGB888);
    const int w = image.width(), h = image.height();

    std::array<double, 256> linear;
    for (int i = 0; i < 256; ++i)
        linear[size_t(i)] = srgbToLinear(i);

    QList<Rgb> factors;
    for (int j = 0; j < componentsY; ++j) {
        for (int i = 0; i < componentsX; ++i) {
            const double normalisation = (i == 0 && j == 0) ? 1 : 2;
            Rgb f;
            for (int y = 0; y < h; ++y) {
                const uchar *line = image.constScanLine(y);
                const double cy = std::cos(M_PI * j * y / h);
                for (int x = 0; x < w; ++x) {
                    const double basis = std::cos(M_PI * i * x / w) * cy;
                    f.r += basis * linear[line[3 * x]];
                    f.g += basis * linear[line[3 * x + 1]];
                    f.b += basis * linear[line[3 * x + 2]];
                }
            }
            const double scale = normalisation / (w * h);
            factors.append({f.r * scale, f.g * scale, f.b * scale});
        }
    }

    QString hash;
    appendBase83(hash, (componentsX - 1) + (componentsY - 1) * 9, 1);
    double maxValue = 1;
    if (factors.size() > 1) {
        double actualMax = 0;
        for (qsizetype k = 1; k < factors.size(); ++k) {
            const Rgb &f = factors.at(k);
            actualMax = std::max({actualMax, std::abs(f.r), std::abs(f.g), std::abs(f.b)});
        }
        const int quantised = int(qBound(0.0, std::floor(actualMax * 166 - 0.5), 82.0));
        maxValue = (quantised + 1) / 166.0;
        appendBase83(hash, quantised, 1);
    } else {
        appendBase83(hash, 0, 1);
    }
    const Rgb &dc = factors.first();
    appendBase83(hash, (linearToSrgb(dc.r) << 16) + (linearToSrgb(dc.g) << 8) + linearToSrgb(dc.b),
                 4);
    auto quantiseAc = [maxValue](double v) {
        return int(qBound(0.0, std::floor(signPow(v / maxValue, 0.5) * 9 + 9.5), 18.0));
    };
    for (qsizetype k = 1; k < factors.size(); ++k) {
        const Rgb &f = factors.at(k);
        appendBase83(hash, quantiseAc(f.r) * 19 * 19 + quantiseAc(f.g) * 19 + quantiseAc(f.b), 2);
    }
    return hash;
}

QImage decodeBlurhash(const QString &hash, int width, int height, double punch)
{
    if (hash.size() < 6 || width <= 0 || height <= 0)
        return {};
    bool ok = true;
    const int sizeFlag = decodeBase83(QStringView(hash).first(1), &ok);
    const int numY = sizeFlag / 9 + 1, numX = sizeFlag % 9 + 1;
    if (!ok || hash.size() != 4 + 2 * numX * numY)
        return {};
    const int quantisedMax = decodeBase83(QStringView(hash).sliced(1, 1), &ok);
    const double maxValue = (quantisedMax + 1) / 166.0 * punch;
    QList<Rgb> colors;
    const int dc = decodeBase83(QStringView(hash).sliced(2, 4), &ok);
    colors.append({srgbToLinear(dc >> 16), srgbToLinear((dc >> 8) & 255), srgbToLinear(dc & 255)});
    for (int k = 1; k < numX * numY; ++k) {
        const int v = decodeBase83(QStringView(hash).sliced(4 + 2 * k, 2), &ok);
        auto unq = [maxValue](int q) { return signPow((q - 9) / 9.0, 2.0) * maxValue; };
        colors.append({unq(v / (19 * 19)), unq((v / 19) % 19), unq(v % 19)});
    }
    if (!ok)
        return {};
    QImage out(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) {
        uchar *line = out.scanLine(y);
        for (int x = 0; x < width; ++x) {
            Rgb p;
            for (int j = 0; j < numY; ++j) {
                for (int i = 0; i < numX; ++i) {
                    const double basis =
                        std::cos(M_PI * x * i / width) * std::cos(M_PI * y * j / height);
                    const Rgb &c = colors.at(i + j * numX);
                    p.r += c.r * basis;
                    p.g += c.g * basis;
                    p.b += c.b * basis;
                }
            }
            line[3 * x] = uchar(qBound(0, linearToSrgb(p.r), 255));
            line[3 * x + 1] = uchar(qBound(0, linearToSrgb(p.g), 255));
            line[3 * x + 2] = uchar(qBound(0, linearToSrgb(p.b), 255));
        }
    }
    return out;
}

} // namespace tusk::server::media
