package fr.cpts.web.dossier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file larger than the servlet's multipart limit never reaches a controller: the person is sent back to the page
 * they came from (of this platform only) with a French message, instead of an error page.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String back = samePlatformPath(request.getHeader("Referer"));
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("error", "Le fichier envoyé est trop volumineux : seuls les PDF de 10 Mo au plus sont acceptés.");
        RequestContextUtils.saveOutputFlashMap(back, request, response);
        response.sendRedirect(back);
    }

    /** The path of the referring page, or the home page when it is missing or elsewhere. */
    static String samePlatformPath(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            String path = URI.create(referer).getRawPath();
            return path == null || !path.startsWith("/") || path.startsWith("//") ? "/" : path;
        } catch (IllegalArgumentException unreadable) {
            return "/";
        }
    }
}
