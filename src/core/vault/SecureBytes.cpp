#include "vault/SecureBytes.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace inzage {

namespace {
void ensureSodium()
{
    if (sodium_init() < 0)
        throw std::bad_alloc();
}
} // namespace

SecureBytes::SecureBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    std::memset(m_data, 0, size);
    m_size = size;
}

SecureBytes::SecureBytes(const char* data, std::size_t size) : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes() { clear(); }

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // sodium_free wipes before releasing
    m_data = nullptr;
    m_size = 0;
}

} // namespace inzage
