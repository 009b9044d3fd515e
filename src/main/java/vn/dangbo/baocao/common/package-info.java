/** Shared value types, Vietnamese formats and UI building blocks: open to every module. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.dangbo.baocao.common;

import org.springframework.modulith.ApplicationModule;
