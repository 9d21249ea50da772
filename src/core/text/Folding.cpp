#include "text/Folding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace inzage {

QString foldForSearch(const QString& text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString u(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(u, status) : u;
    if (U_FAILURE(status))
        decomposed = u;
    icu::UnicodeString out;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (U_IS_SURROGATE(c)) {
            // An unpaired surrogate is no character; left in, it turns into '?' in UTF-8 and an
            // FTS query built from it is malformed.
            out.append(UChar32(0xFFFD));
        } else if (u_charType(c) != U_NON_SPACING_MARK || u_hasBinaryProperty(c, UCHAR_VARIATION_SELECTOR)) {
            // Variation selectors are nonspacing marks too, but they belong to the emoji or
            // ideograph before them, not to an accent.
            out.append(c);
        }
        i += U16_LENGTH(c);
    }
    out.foldCase(U_FOLD_CASE_DEFAULT);
    return QString(reinterpret_cast<const QChar*>(out.getBuffer()), out.length());
}

} // namespace inzage
