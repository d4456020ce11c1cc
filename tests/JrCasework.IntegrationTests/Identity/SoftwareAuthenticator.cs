using System.Buffers.Binary;
using System.Buffers.Text;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// A passkey device in software, for tests without a browser: it answers the options the app gives as a WebAuthn
/// authenticator with user verification does (an ES256 key per passkey, "none" attestation), and gives the JSON a
/// browser would post. The browser tests use Chromium's own virtual authenticator instead. A <paramref name="synced"/>
/// device keeps its signature counter at zero, as passkeys synced between devices (iCloud, Google) do.
/// </summary>
public sealed class SoftwareAuthenticator(string origin = "http://localhost", bool synced = false) : IDisposable
{
    private readonly List<Credential> _credentials = [];

    /// <summary>How many passkeys the device holds.</summary>
    public int Count => _credentials.Count;

    /// <summary>Makes a passkey for the options of <c>navigator.credentials.create()</c>; gives the credential's JSON.</summary>
    public string Create(string optionsJson)
    {
        var options = JsonNode.Parse(optionsJson)!;
        var credential = new Credential(
            RandomNumberGenerator.GetBytes(16),
            ECDsa.Create(ECCurve.NamedCurves.nistP256),
            options["rp"]!["id"]!.GetValue<string>(),
            options["user"]!["id"]!.GetValue<string>());
        _credentials.Add(credential);

        var clientData = ClientData("webauthn.create", options["challenge"]!.GetValue<string>());
        var authenticatorData = AuthenticatorData(credential, attested: true);
        var attestation = new CborWriter();
        attestation.WriteStartMap(3);
        attestation.WriteTextString("fmt");
        attestation.WriteTextString("none");
        attestation.WriteTextString("attStmt");
        attestation.WriteStartMap(0);
        attestation.WriteEndMap();
        attestation.WriteTextString("authData");
        attestation.WriteByteString(authenticatorData);
        attestation.WriteEndMap();

        return Json(credential, new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["attestationObject"] = Base64Url.EncodeToString(attestation.Encode()),
            ["transports"] = new JsonArray("internal"),
        });
    }

    /// <summary>Signs the challenge of <c>navigator.credentials.get()</c> options with the device's newest passkey for their site.</summary>
    public string Get(string optionsJson)
    {
        var options = JsonNode.Parse(optionsJson)!;
        var credential = _credentials.Last(c => c.RelyingParty == options["rpId"]!.GetValue<string>());
        if (!synced)
        {
            credential.SignCount++;
        }

        var clientData = ClientData("webauthn.get", options["challenge"]!.GetValue<string>());
        var authenticatorData = AuthenticatorData(credential, attested: false);
        var signature = credential.Key.SignData([.. authenticatorData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

        return Json(credential, new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["authenticatorData"] = Base64Url.EncodeToString(authenticatorData),
            ["signature"] = Base64Url.EncodeToString(signature),
            ["userHandle"] = credential.UserHandle,
        });
    }

    public void Dispose()
    {
        foreach (var credential in _credentials)
        {
            credential.Key.Dispose();
        }
    }

    private byte[] ClientData(string type, string challenge) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type, challenge, origin, crossOrigin = false }));

    /// <summary>The site's hash, the flags (user present and verified; with a new key: its data follows), the count, and for a new passkey its id and public key.</summary>
    private static byte[] AuthenticatorData(Credential credential, bool attested)
    {
        var data = new List<byte>(SHA256.HashData(Encoding.UTF8.GetBytes(credential.RelyingParty)));
        const byte UserPresent = 0x01, UserVerified = 0x04, AttestedData = 0x40;
        data.Add((byte)(UserPresent | UserVerified | (attested ? AttestedData : 0)));
        var count = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(count, credential.SignCount);
        data.AddRange(count);
        if (attested)
        {
            data.AddRange(new byte[16]);
            var length = new byte[2];
            BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)credential.Id.Length);
            data.AddRange(length);
            data.AddRange(credential.Id);
            data.AddRange(CosePublicKey(credential.Key));
        }

        return [.. data];
    }

    /// <summary>The public key as COSE writes an EC2 key for ES256 (RFC 9053): kty 2, alg -7, curve P-256, x and y.</summary>
    private static byte[] CosePublicKey(ECDsa key)
    {
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        var cose = new CborWriter();
        cose.WriteStartMap(5);
        cose.WriteInt32(1);
        cose.WriteInt32(2);
        cose.WriteInt32(3);
        cose.WriteInt32(-7);
        cose.WriteInt32(-1);
        cose.WriteInt32(1);
        cose.WriteInt32(-2);
        cose.WriteByteString(point.X!);
        cose.WriteInt32(-3);
        cose.WriteByteString(point.Y!);
        cose.WriteEndMap();
        return cose.Encode();
    }

    private static string Json(Credential credential, JsonObject response)
    {
        var id = Base64Url.EncodeToString(credential.Id);
        return new JsonObject
        {
            ["id"] = id,
            ["rawId"] = id,
            ["type"] = "public-key",
            ["authenticatorAttachment"] = "platform",
            ["response"] = response,
            ["clientExtensionResults"] = new JsonObject(),
        }.ToJsonString();
    }

    private sealed record Credential(byte[] Id, ECDsa Key, string RelyingParty, string UserHandle)
    {
        public uint SignCount { get; set; }
    }
}
