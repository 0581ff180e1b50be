import type { OneTimePasswordResult } from "@/lib/actions/users";

export function OneTimePasswordNotice({ result, heading }: { result: OneTimePasswordResult; heading: string }) {
  return (
    <div className="card notice-card" role="status">
      <h2>{heading}</h2>
      <p>
        One-time password for {result.name} ({result.email}):
      </p>
      <p>
        <code className="one-time-password">{result.oneTimePassword}</code>
      </p>
      <p className="muted">
        It is shown only now. Give it to {result.name} in person or over a secure channel: at their first sign-in they must replace it with a
        password of their own.
      </p>
    </div>
  );
}
