"""Bundle security: node keys, signatures, age encryption, enrolment, revocation, rotation and
the encrypted database at rest. No Qt; the cryptography comes from ``cryptography`` (Ed25519)
and ``pyrage`` (age), never from home-made code."""
