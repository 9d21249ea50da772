#pragma once

#include <cstddef>
#include <cstdint>

namespace inzage {

// Bytes in sodium_malloc memory: guarded, locked where the system allows, wiped on release.
// Holds key material and passphrases; never copied, only moved.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const char* data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    void clear();

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace inzage
