#pragma once
#include <memory>
#include <utility>

namespace tusk {

// A nullable value that lets an entity contain itself (Status.reblog, Account.moved).
// Copies share the pointee; `mutate()` detaches first, so a Box behaves like a plain value.
// Equality compares the pointees, not the pointers.
template <typename T> class Box {
public:
    Box() = default;
    Box(T value) : m_ptr(std::make_shared<T>(std::move(value))) {}

    bool isNull() const { return !m_ptr; }
    explicit operator bool() const { return bool(m_ptr); }

    const T *get() const { return m_ptr.get(); }
    const T &operator*() const { return *m_ptr; }
    const T *operator->() const { return m_ptr.get(); }

    // Writable access; creates a default T when empty and copies a shared pointee.
    T &mutate()
    {
        if (!m_ptr)
            m_ptr = std::make_shared<T>();
        else if (m_ptr.use_count() > 1)
            m_ptr = std::make_shared<T>(*m_ptr);
        // The pointee was created non-const by make_shared<T>, so writing through it is defined.
        return const_cast<T &>(*m_ptr);
    }

    void reset() { m_ptr.reset(); }

    friend bool operator==(const Box &a, const Box &b)
    {
        if (a.m_ptr == b.m_ptr)
            return true;
        if (!a.m_ptr || !b.m_ptr)
            return false;
        return *a.m_ptr == *b.m_ptr;
    }

private:
    std::shared_ptr<const T> m_ptr;
};

} // namespace tusk
