import type { LoginResponse } from '@nianbao/contracts';

import { ApiError, apiGet, apiUrl } from '../../../lib/api-client';

export interface UploadOptions {
  /** Called with the share of the request body sent so far (0–1). */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

// fetch() cannot report upload progress; XMLHttpRequest can. The CSRF token is read fresh from the session.
async function csrfToken(): Promise<string> {
  const me = await apiGet<LoginResponse>('/auth/me');
  return me.csrfToken;
}

function toApiError(xhr: XMLHttpRequest): ApiError {
  try {
    const body = JSON.parse(xhr.responseText) as { code?: unknown; message?: unknown; issues?: unknown };
    if (typeof body.code === 'string' && typeof body.message === 'string') {
      const issues = Array.isArray(body.issues) ? (body.issues as { path: string; message: string }[]) : [];
      return new ApiError(xhr.status, body.code, body.message, issues);
    }
  } catch {
    // not JSON: a proxy's error page
  }
  if (xhr.status === 413) return new ApiError(413, 'FILE_TOO_LARGE', '文件过大');
  return new ApiError(xhr.status, `HTTP_${xhr.status}`, `请求失败（${xhr.status}）`);
}

/** POSTs multipart form data with upload progress; rejects with ApiError like every other API call. */
export async function postFormWithProgress<T>(
  path: string,
  form: FormData,
  options: UploadOptions = {},
): Promise<T> {
  const token = await csrfToken();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', token);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) options.onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress?.(1);
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(new ApiError(xhr.status, 'INVALID_RESPONSE', '服务器返回了无法识别的内容'));
        }
      } else reject(toApiError(xhr));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试'));
    xhr.onabort = () => reject(new DOMException('上传已取消', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
