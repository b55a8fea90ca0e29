import type { ReactNode } from "react";

interface AlertProps {
  tone: "error" | "info" | "success";
  title?: string;
  children: ReactNode;
}

/** Errors interrupt screen readers (role=alert); info and success are announced politely. */
export function Alert({ tone, title, children }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} role={tone === "error" ? "alert" : "status"}>
      {title && <p className="alert-title">{title}</p>}
      {children}
    </div>
  );
}
